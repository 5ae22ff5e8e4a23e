#!/usr/bin/python3
"""run_bench.py - runs pith's benchmarks (make bench): parser comparison
(pith, libxml2, gumbo), the whole extraction pipeline with its stage split
and metadata cost, and Mozilla Readability on the same pages; prints one
table and writes bench/results.md.

Inputs (read in place from ../shared/data):
  parse corpus    readability/*/source.html + trafilatura-eval/html/*.gz
  extract corpus  trafilatura-eval/html/*.gz, with each page's URL from
                  evaldata.json
  Readability     every Nth page of the extract corpus (--readability-every,
                  default 4: Readability on jsdom takes about a quarter of a
                  second per page); pith's pipeline is timed on the same
                  sample for the ratio
The manifests listing them are written to build/bench/.  Times are CPU
time of the benchmark process (best repetition); wall times are kept in
the JSON the programs print.

Usage: run_bench.py [--reps N] [--readability-reps N] [--skip-readability]
                    [--no-write] [--strict]
  --strict  exit 1 when a floor fails (by default the table says so, and
            the exit status stays 0: timings on a shared machine are noisy)
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH_DIR)
DATA = os.environ.get("PITH_DATA", os.path.join(REPO, "..", "shared", "data"))
BUILD = os.environ.get("BUILD", os.path.join(REPO, "build"))
OUT = os.path.join(BUILD, "bench")
RESULTS = os.path.join(BENCH_DIR, "results.md")

FLOORS = {
    "libxml2": 2.5,       # pith's parse speed over libxml2's
    "gumbo": 8.0,         # over gumbo's
    "memory": 4.0,        # median DOM bytes per input byte, at most
    "meta": 0.15,         # metadata's share of pipeline time, at most
    "readability": 50.0,  # pith pages/s over Readability's
}


def rel(p):
    return os.path.relpath(p, REPO)


def write_manifests(every):
    os.makedirs(OUT, exist_ok=True)
    rd = os.path.join(DATA, "readability")
    tf = os.path.join(DATA, "trafilatura-eval")
    readability = [os.path.join(rd, d, "source.html") for d in sorted(os.listdir(rd))
                   if os.path.isfile(os.path.join(rd, d, "source.html"))]
    with open(os.path.join(tf, "evaldata.json"), encoding="utf-8") as f:
        evaldata = json.load(f)
    traf = [(os.path.join(tf, "html", e["file"] + ".gz"), url)
            for url, e in sorted(evaldata.items(), key=lambda kv: kv[1]["file"])]
    parse_m = os.path.join(OUT, "parse-pages.tsv")
    extract_m = os.path.join(OUT, "extract-pages.tsv")
    with open(parse_m, "w", encoding="utf-8") as f:
        for p in readability:
            f.write("%s\thttp://fakehost/test/page.html\n" % p)
        for p, url in traf:
            f.write("%s\t%s\n" % (p, url))
    with open(extract_m, "w", encoding="utf-8") as f:
        for p, url in traf:
            f.write("%s\t%s\n" % (p, url))
    sample_m = os.path.join(OUT, "readability-pages.tsv")
    sample = traf[::every]
    with open(sample_m, "w", encoding="utf-8") as f:
        for p, url in sample:
            f.write("%s\t%s\n" % (p, url))
    return parse_m, extract_m, sample_m, len(readability), len(traf), len(sample)


def run_json(cmd, label):
    print("run_bench: %s: %s" % (label, " ".join(rel(c) if c.startswith(REPO) else c
                                                  for c in cmd)), file=sys.stderr)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, cwd=REPO)
    if p.returncode != 0:
        print("run_bench: %s failed (exit %d)" % (label, p.returncode), file=sys.stderr)
        return None
    return json.loads(p.stdout.decode().strip().splitlines()[-1])


def git(*args):
    try:
        return subprocess.run(["git"] + list(args), cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL).stdout.decode().strip()
    except OSError:
        return ""


class Table:
    def __init__(self):
        self.rows = []

    def add(self, what, value, floor="", ok=None, note=""):
        verdict = "" if ok is None else ("pass" if ok else "FAIL")
        self.rows.append([what, value, floor, verdict, note])

    def failed(self):
        return [r for r in self.rows if r[3] == "FAIL"]

    def text(self):
        head = ["measure", "value", "floor", "result", "note"]
        t = [head] + self.rows
        w = [max(len(r[i]) for r in t) for i in range(len(head))]
        lines = []
        for i, r in enumerate(t):
            lines.append("  ".join(c.ljust(x) for c, x in zip(r, w)).rstrip())
            if i == 0:
                lines.append("  ".join("-" * x for x in w))
        return "\n".join(lines)

    def markdown(self):
        lines = ["| measure | value | floor | result | note |", "| --- | ---: | --- | --- | --- |"]
        for r in self.rows:
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |")
        return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--readability-reps", type=int, default=1)
    ap.add_argument("--readability-every", type=int, default=4)
    ap.add_argument("--skip-readability", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--strict", action="store_true")
    a = ap.parse_args()

    with open("/proc/loadavg") as f:
        load_before = " ".join(f.read().split()[:3])
    parse_m, extract_m, sample_m, n_read, n_traf, n_sample = \
        write_manifests(max(1, a.readability_every))
    commands = []
    t = Table()

    parse = None
    bp = os.path.join(OUT, "bench_parse")
    if os.path.exists(bp):
        cmd = [bp, "--reps", str(a.reps), parse_m]
        commands.append(cmd)
        parse = run_json(cmd, "parse")
    else:
        print("run_bench: %s not built (libxml2 or gumbo missing)" % rel(bp), file=sys.stderr)
    if parse:
        ps = parse["parsers"]
        for name in ("pith", "libxml2", "gumbo"):
            t.add("parse %s" % name, "%.1f MB/s" % ps[name]["mb_per_s"],
                  note="%.0f pages/s" % ps[name]["pages_per_s"])
        for other in ("libxml2", "gumbo"):
            ratio = ps["pith"]["mb_per_s"] / ps[other]["mb_per_s"]
            t.add("parse pith / %s" % other, "%.2fx" % ratio, "≥ %.1fx" % FLOORS[other],
                  ratio >= FLOORS[other])
        m = parse["pith_memory_ratio"]
        t.add("pith DOM bytes / page byte, median", "%.2f" % m["median"],
              "≤ %.1f" % FLOORS["memory"], m["median"] <= FLOORS["memory"],
              "p90 %.2f, max %.2f (%s)" % (m["p90"], m["max"],
                                           os.path.relpath(m.get("max_page", "?"), DATA)))

    ext = None
    be = os.path.join(OUT, "bench_extract")
    if os.path.exists(be):
        cmd = [be, "--reps", str(a.reps), extract_m]
        commands.append(cmd)
        ext = run_json(cmd, "extract")
    if ext:
        pub = ext["public"]
        t.add("pipeline (pith_extract + text)", "%.1f pages/s" % pub["pages_per_s"],
              note="%.1f MB/s" % pub["mb_per_s"])
        st = ext["staged"]["stages"]
        total = sum(st.values()) or 1.0
        t.add("  time split", "", note=", ".join("%s %.0f%%" % (k, 100 * v / total)
                                                  for k, v in st.items()))
        t.add("pipeline without metadata", "%.1f pages/s" % ext["no_meta"]["pages_per_s"],
              note="%.1f MB/s" % ext["no_meta"]["mb_per_s"])
        mo = ext["meta_overhead"]
        # meta_overhead: with / without metadata, each page run both ways
        # back to back (bench_extract.c).  The note gives the metadata stage
        # over the other stages of the same runs, the same quantity read
        # from the with-metadata runs alone.
        rest = total - st.get("metadata", 0.0)
        t.add("metadata cost", "%+.1f%%" % (100 * mo), "≤ %.0f%%" % (100 * FLOORS["meta"]),
              mo <= FLOORS["meta"],
              "metadata stage / other stages of the same pass %.1f%%; %.3f ms/page"
              % (100 * st.get("metadata", 0.0) / (rest or 1.0),
                 1000 * st.get("metadata", 0.0) / max(ext["pages"], 1)))

    rd = None
    node = shutil.which("node") or shutil.which("nodejs")
    if a.skip_readability:
        pass
    elif not node or not os.path.isdir(os.path.join(BENCH_DIR, "node_modules", "jsdom")):
        print("run_bench: Readability skipped: needs node and `npm ci` in bench/",
              file=sys.stderr)
    else:
        cmd = [node, os.path.join(BENCH_DIR, "readability_bench.js"),
               "--reps", str(a.readability_reps), sample_m]
        commands.append(cmd)
        rd = run_json(cmd, "readability")
    sample_ext = None
    if rd and os.path.exists(be):
        cmd = [be, "--reps", str(a.reps), sample_m]
        commands.append(cmd)
        sample_ext = run_json(cmd, "extract (Readability's sample)")
    if rd:
        t.add("Readability %s + jsdom %s (%d pages)" % (rd["readability"], rd["jsdom"],
                                                        rd["pages"]),
              "%.2f pages/s" % rd["pages_per_s"],
              note="%.2f MB/s, node %s, %d failures" % (rd["mb_per_s"], rd["node"],
                                                       rd["failures"]))
        if sample_ext:
            ratio = sample_ext["public"]["pages_per_s"] / rd["pages_per_s"]
            t.add("pith / Readability pages/s, same %d pages" % rd["pages"], "%.0fx" % ratio,
                  "≥ %.0fx" % FLOORS["readability"], ratio >= FLOORS["readability"],
                  "pith %.1f pages/s there" % sample_ext["public"]["pages_per_s"])

    cpu = (parse or ext or {}).get("cpu", "unknown")
    head = git("rev-parse", "--short", "HEAD")
    subject = git("log", "-1", "--format=%s")
    dirty = " (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else ""
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(t.text())
    summary = [
        "- when: %s" % when,
        "- code: commit %s%s, \"%s\"" % (head, dirty, subject),
        "- load average when the run started: %s (other jobs share the machine; "
        "hence CPU time)" % load_before,
        "- machine: %s, %d cores visible, %s %s, %s" % (
            cpu, os.cpu_count() or 0, platform.system(), platform.release(),
            subprocess.run(["cc", "--version"], stdout=subprocess.PIPE).stdout.decode()
            .splitlines()[0] if shutil.which("cc") else "cc ?"),
        "- parse corpus: %d pages (readability/*/source.html %d + trafilatura-eval %d), "
        "%.1f MB as UTF-8" % (n_read + n_traf, n_read, n_traf,
                              (parse or {}).get("utf8_bytes", 0) / 1e6),
        "- extract corpus: trafilatura-eval, %d pages, %.1f MB as stored" % (
            n_traf, (ext or {}).get("input_bytes", 0) / 1e6),
        "- Readability sample: every %dth page of the extract corpus, %d pages" % (
            max(1, a.readability_every), n_sample),
        "- timing: CPU time of the benchmark process, single thread; best of %d "
        "repetitions for the C programs, best of %d for Readability" % (
            a.reps, a.readability_reps),
    ]
    if not a.no_write:
        with open(RESULTS, "w", encoding="utf-8") as f:
            f.write("# Benchmark results\n\n")
            f.write("Written by `make bench` (bench/run_bench.py); method in "
                    "docs/benchmarks.md.\n\n")
            f.write("\n".join(summary) + "\n\n")
            f.write(t.markdown() + "\n\n")
            f.write("Commands (from the repository root):\n\n```\n")
            for c in commands:
                f.write(" ".join(rel(x) if x.startswith(REPO) else x for x in c) + "\n")
            f.write("```\n")
        print("run_bench: wrote %s" % rel(RESULTS), file=sys.stderr)
    failed = t.failed()
    if failed:
        print("run_bench: %d floor(s) not met: %s" % (len(failed), "; ".join(r[0] for r in failed)))
    return 1 if failed and a.strict else 0


if __name__ == "__main__":
    sys.exit(main())
