#!/usr/bin/python3
"""run.py - golden pages through the CLI.

For every cases/NAME.html: `pith NAME.html` must print cases/NAME.txt,
`pith -f markdown` cases/NAME.md (both exactly), and `pith -f json` an
object with every field whose values agree with cases/NAME.json (only the
keys listed there; a date matches when the extracted value starts with the
expected day).  The seed page of the shared data is checked against its
expected.json the same way (text exactly; title, date, site, language,
canonical URL, tags, and the "Latest news" side list).

usage: run.py PITH CASES_DIR [SHARED_DATA_DIR]
"""
import json
import os
import subprocess
import sys

FIELDS = ["source", "url", "title", "authors", "date_published", "date_modified", "date_source",
          "site_name", "language", "description", "image", "tags", "categories", "page_type",
          "confidence", "text", "lists", "comments", "encoding"]
DATE_FIELDS = {"date_published", "date_modified"}

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def pith(args):
    p = subprocess.run([PITH] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    check(p.returncode == 0, f"pith {' '.join(args)} exits 0 ({p.stderr.decode(errors='replace').strip()})")
    return p.stdout.decode("utf-8")


def first_difference(a, b):
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return f"at char {i}: got {a[max(0, i - 30):i + 30]!r}, want {b[max(0, i - 30):i + 30]!r}"


def compare_text(name, got, path):
    with open(path, encoding="utf-8") as f:
        want = f.read()
    check(got == want, f"{name}: output differs from {os.path.basename(path)} {first_difference(got, want)}"
          if got != want else "")


def compare_fields(name, rec, want):
    check(list(rec.keys()) == FIELDS, f"{name}: JSON fields {list(rec.keys())}")
    for key, value in want.items():
        got = rec.get(key)
        if key in DATE_FIELDS and isinstance(value, str):
            ok = isinstance(got, str) and got.startswith(value)
        else:
            ok = got == value
        check(ok, f"{name}: {key} is {got!r}, want {value!r}")


def run_case(cases, name):
    page = os.path.join(cases, name + ".html")
    compare_text(name, pith([page]), os.path.join(cases, name + ".txt"))
    compare_text(name, pith(["-f", "markdown", page]), os.path.join(cases, name + ".md"))
    rec = json.loads(pith(["-f", "json", page]))
    with open(os.path.join(cases, name + ".txt"), encoding="utf-8") as f:
        check(rec.get("text", "") + "\n" == f.read(), f"{name}: JSON text equals the text output")
    with open(os.path.join(cases, name + ".json"), encoding="utf-8") as f:
        compare_fields(name, rec, json.load(f))


def run_seed(shared):
    seed = os.path.join(shared, "seed")
    page = os.path.join(seed, "csto-withdrawal.html")
    if not os.path.exists(page):
        print("seed page not found; skipped")
        return
    with open(os.path.join(seed, "expected.json"), encoding="utf-8") as f:
        want = json.load(f)
    rec = json.loads(pith(["-f", "json", page]))
    check(rec["text"] == want["text"], "seed: text " + first_difference(rec["text"], want["text"]))
    compare_fields("seed", rec, {"title": want["title"], "date_published": want["date"],
                                 "site_name": want["site_name"], "language": want["language"],
                                 "url": want["url"], "tags": want["tags"]})
    latest = [l for l in rec["lists"] if l["heading"] == "Latest news"]
    got = [{"title": i["title"], "date": i["date"]} for i in latest[0]["items"]] if latest else None
    check(got == want["latest_news"], f"seed: Latest news list is {got}")
    text = pith([page])
    check(text == want["text"] + "\n", "seed: text output equals the JSON text")


def main():
    global PITH
    PITH = os.path.abspath(sys.argv[1])
    cases = sys.argv[2]
    names = sorted(n[:-5] for n in os.listdir(cases) if n.endswith(".html"))
    for name in names:
        run_case(cases, name)
    if len(sys.argv) > 3:
        run_seed(sys.argv[3])
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print(f"{len(names)} golden pages and the seed page passed")


if __name__ == "__main__":
    main()
