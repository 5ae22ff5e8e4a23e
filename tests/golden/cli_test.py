#!/usr/bin/python3
"""cli_test.py - behaviour of the pith command line, independent of how
good the extraction is: error records, exit codes, input order, directory
walking, gzip, stdin, -o DIR, the JSON shapes, and option flags generated
from the library's option table.

usage: cli_test.py PITH_EXECUTABLE
"""
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

PITH = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Every record has exactly these keys, in this order.
FIELDS = ["source", "url", "title", "authors", "date_published", "date_modified", "date_source",
          "site_name", "language", "description", "image", "tags", "categories", "page_type",
          "confidence", "text", "lists", "comments", "encoding"]

PAGE = (b"<!DOCTYPE html><html><head><title>T</title></head><body><article>"
        b"<p>First paragraph of a simple page.</p><p>Second paragraph.</p></article></body></html>")

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(args, stdin=None, cwd=None):
    p = subprocess.run([PITH] + args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       cwd=cwd, timeout=60)
    return p.returncode, p.stdout, p.stderr


def jsonl(out):
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def write(path, data):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def test_records_and_exit_codes(d):
    write(f"{d}/good.html", PAGE)
    write(f"{d}/bad.html.gz", b"\x1f\x8b\x08\x00garbage-not-deflate")
    write(f"{d}/cut.html.gz", gzip.compress(PAGE)[:25])
    write(f"{d}/plain.gz", b"<p>not gzip at all</p>")
    rc, out, err = run(["-f", "jsonl", "good.html", "missing.html", "bad.html.gz", "cut.html.gz",
                        "plain.gz", "good.html"], cwd=d)
    check(rc == 1, f"jsonl with failures exits 1 (got {rc})")
    recs = jsonl(out)
    check([r["source"] for r in recs] == ["good.html", "missing.html", "bad.html.gz", "cut.html.gz",
                                          "plain.gz", "good.html"], "one record per input, in input order")
    check(list(recs[0].keys()) == FIELDS, f"every field present in order: {list(recs[0].keys())}")
    check(recs[0]["encoding"] is not None and isinstance(recs[0]["authors"], list), "types of fields")
    for r in recs[1:5]:
        check(set(r.keys()) == {"source", "error"} and r["error"], f"error record for {r.get('source')}")
    check("No such file" in recs[1]["error"], "missing file says so")
    check(recs[3]["error"].startswith("gzip"), "truncated gzip says gzip")
    check(err == b"", "json modes keep stderr quiet")

    rc, out, err = run(["good.html"], cwd=d)
    check(rc == 0, f"a good input exits 0 (got {rc})")
    rc, out, err = run(["good.html", "missing.html"], cwd=d)
    check(rc == 1 and b"missing.html" in err, "text mode: failure on stderr, exit 1")

    for args in (["--bogus", "good.html"], ["-f", "xml", "good.html"], ["--max-nodes", "5", "good.html"],
                 ["--favor", "x", "good.html"], ["--comments=2", "good.html"], [], ["-f"], ["--url"]):
        rc, out, err = run(args, cwd=d)
        check(rc == 2 and err, f"usage error exits 2: {args} (got {rc})")
    rc, out, err = run(["--help"])
    check(rc == 0 and b"usage:" in out, "--help")
    rc, out, err = run(["--version"])
    check(rc == 0 and out.startswith(b"pith "), "--version")


def test_options_from_table(d):
    """Every option of the library's table has a flag and a line in --help."""
    with open(os.path.join(ROOT, "src", "pith.c"), encoding="utf-8") as f:
        names = re.findall(r'\{\s*PITH_OPT_\w+,\s*"([\w-]+)",\s*"[^"]*",\s*(-?\d+),\s*(-?\d+)', f.read())
    check(len(names) >= 9, f"found the option table ({len(names)} options)")
    rc, helptext, _ = run(["--help"])
    write(f"{d}/p.html", PAGE)
    for name, lo, hi in names:
        boolean = (lo, hi) == ("0", "1")
        check(("--[no-]" + name if boolean else "--" + name) in helptext.decode(), f"--help lists {name}")
        rc, _, err = run([f"--{name}={hi}", "p.html"], cwd=d)
        check(rc == 0, f"--{name}={hi} accepted ({err.decode().strip()})")
        rc, _, _ = run([f"--{name}", lo, "p.html"] if not boolean else [f"--no-{name}", "p.html"], cwd=d)
        check(rc == 0, f"--{name} with the low value accepted")
        rc, _, _ = run([f"--{name}={int(hi) + 1}", "p.html"], cwd=d)
        check(rc == 2, f"--{name} above its maximum refused")
    for flag in ("--precision", "--recall", "--links", "--images", "--comments", "--no-tables"):
        rc, _, _ = run([flag, "p.html"], cwd=d)
        check(rc == 0, f"{flag} accepted")


def test_directory_walk(d):
    # Created out of order; only page files count, walked depth-first in byte order.
    for name in ["w/z.html", "w/B.htm", "w/a/2.xhtml", "w/a/1.html.gz", "w/a/notes.txt", "w/m.HTML",
                 "w/a/b/deep.html", "w/0.html.gz", "w/img.png"]:
        data = gzip.compress(PAGE) if name.endswith(".gz") else PAGE
        write(f"{d}/{name}", data)
    os.symlink("..", f"{d}/w/a/loop")  # a link to a directory is not followed
    rc, out, err = run(["-f", "jsonl", "w"], cwd=d)
    got = [r["source"] for r in jsonl(out)]
    want = ["w/0.html.gz", "w/B.htm", "w/a/1.html.gz", "w/a/2.xhtml", "w/a/b/deep.html", "w/m.HTML", "w/z.html"]
    check(rc == 0, f"directory walk exits 0 (got {rc}, {err})")
    check(got == want, f"directory walk order: {got}")
    rc, out, err = run(["-f", "jsonl", "w/"], cwd=d)
    check([r["source"] for r in jsonl(out)] == want, "trailing slash gives the same paths")

    rc, out, err = run(["-f", "json", "w"], cwd=d)
    arr = json.loads(out)
    check(isinstance(arr, list) and len(arr) == len(want), "-f json on a directory is an array")
    rc, out, err = run(["-f", "json", "w/z.html"], cwd=d)
    check(isinstance(json.loads(out), dict), "-f json on one file is an object")
    rc, out, err = run(["-f", "json", "w/z.html", "nothing.html"], cwd=d)
    arr = json.loads(out)
    check(isinstance(arr, list) and len(arr) == 2 and "error" in arr[1] and rc == 1, "-f json on two inputs is an array")
    os.makedirs(f"{d}/empty")
    rc, out, err = run(["-f", "json", "empty"], cwd=d)
    check(json.loads(out) == [] and rc == 0, "an empty directory gives []")


def test_output_dir(d):
    write(f"{d}/in/x.html", PAGE)
    write(f"{d}/in/sub/y.htm.gz", gzip.compress(PAGE))
    write(f"{d}/other/x.html", PAGE)
    rc, out, err = run(["-o", "out", "-f", "jsonl", "in", "other/x.html", "missing.html"], cwd=d)
    check(rc == 1 and out == b"", f"-o writes nothing on stdout (rc {rc})")
    files = sorted(os.path.relpath(os.path.join(r, f), f"{d}/out") for r, _, fs in os.walk(f"{d}/out") for f in fs)
    check(files == ["missing.json", "sub/y.json", "x-2.json", "x.json"], f"-o names: {files}")
    with open(f"{d}/out/x-2.json") as f:
        check(json.loads(f.read())["source"] == "other/x.html", "colliding names get -2 in input order")
    with open(f"{d}/out/missing.json") as f:
        check("error" in json.loads(f.read()), "the error record goes to the input's file")
    rc, out, err = run(["-o", "md", "-f", "markdown", "in", "missing.html"], cwd=d)
    files = sorted(os.listdir(f"{d}/md"))
    check(files == ["sub", "x.md"] and b"missing.html" in err, f"text formats: no file for a failed input: {files}")


def test_stdin(d):
    rc, out, err = run(["-f", "jsonl", "-"], stdin=PAGE)
    recs = jsonl(out)
    check(rc == 0 and len(recs) == 1 and recs[0]["source"] == "-", "stdin is read with -")
    rc, out, err = run(["-f", "jsonl", "-"], stdin=gzip.compress(PAGE))
    check(rc == 0 and jsonl(out)[0]["source"] == "-" and "error" not in jsonl(out)[0], "gzip on stdin")
    rc, out, err = run(["parse", "--quiet", "-"], stdin=PAGE)
    check(rc == 0 and out == b"", "pith parse --quiet still works")


def test_document_separation_and_url(d):
    write(f"{d}/a.html", PAGE)
    write(f"{d}/b.html", PAGE.replace(b"First", b"Other"))
    rc, one, _ = run(["a.html"], cwd=d)
    rc2, two, _ = run(["b.html"], cwd=d)
    rc3, both, _ = run(["a.html", "b.html"], cwd=d)
    check(one.endswith(b"\n") and not one.endswith(b"\n\n"), "a document ends with one newline")
    check(rc3 == 0 and both == one + b"\n" + two, "documents on stdout are separated by a blank line")
    rc, out, _ = run(["-f", "json", "--url", "https://example.org/dir/page", "a.html"], cwd=d)
    check(json.loads(out)["url"] == "https://example.org/dir/page", "--url is the page URL without a canonical one")
    rc, out, _ = run(["-f", "html", "a.html"], cwd=d)
    check(rc == 0 and out.startswith(b"<p>") and out.endswith(b"</p>\n"), f"-f html: {out[:40]!r}")


def test_limits(d):
    write(f"{d}/big.html", b"<p>" + b"a" * (2 << 20) + b"</p>")
    write(f"{d}/bomb.html.gz", gzip.compress(b"<p>" + b"\0" * (3 << 20)))
    rc, out, err = run(["-f", "jsonl", "--max-input-mb", "1", "big.html", "bomb.html.gz"], cwd=d)
    recs = jsonl(out)
    check(rc == 1 and len(recs) == 2 and all("error" in r for r in recs), f"inputs over the limit fail: {recs}")
    rc, out, err = run(["-f", "jsonl", "--max-input-mb", "1", "-"], stdin=b"a" * (2 << 20))
    check(rc == 1 and "error" in jsonl(out)[0], "stdin over the limit fails")


def main():
    with tempfile.TemporaryDirectory() as d:
        for t in (test_records_and_exit_codes, test_options_from_table, test_directory_walk, test_output_dir,
                  test_stdin, test_document_separation_and_url, test_limits):
            sub = os.path.join(d, t.__name__)
            os.makedirs(sub)
            t(sub)
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all CLI checks passed")


if __name__ == "__main__":
    main()
