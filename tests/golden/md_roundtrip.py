#!/usr/bin/python3
"""md_roundtrip.py - the Markdown output read back by a CommonMark + GFM
renderer (cmark-gfm) must hold the same words as the plain-text output:
any escape pith forgot, or any emphasis, link, table or list syntax that
does not parse back, shows up as a difference.  List numbers are left
out of the comparison (a rendered <ol> drops them).

usage: md_roundtrip.py PITH INPUT... (files or directories, as pith takes)
Exits 77 (skipped) when cmark-gfm is not installed.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

BLOCK = re.compile(r"</?(p|li|ul|ol|h\d|td|th|tr|table|thead|tbody|blockquote|pre|hr|br)\b[^>]*>")


def words(text):
    return [w for w in re.findall(r"\w+", text) if not w.isdigit()]


def main():
    cmark = shutil.which("cmark-gfm")
    if not cmark:
        print("cmark-gfm not installed; skipped")
        sys.exit(77)
    pith, inputs = os.path.abspath(sys.argv[1]), sys.argv[2:]
    bad = n = 0
    with tempfile.TemporaryDirectory() as d:
        common = ["--links", "--images"]
        subprocess.run([pith, "-o", f"{d}/md", "-f", "markdown"] + common + inputs, check=False)
        subprocess.run([pith, "-o", f"{d}/txt", "-f", "text"] + common + inputs, check=False)
        for root, _, files in os.walk(f"{d}/md"):
            for fn in sorted(files):
                md_path = os.path.join(root, fn)
                txt_path = f"{d}/txt" + md_path[len(f"{d}/md"):-3] + ".txt"
                with open(md_path, encoding="utf-8") as f:
                    md = f.read()
                with open(txt_path, encoding="utf-8") as f:
                    txt = f.read()
                out = subprocess.run([cmark, "-e", "table"], input=md.encode(), stdout=subprocess.PIPE).stdout.decode()
                out = html.unescape(re.sub(r"<[^>]+>", "", BLOCK.sub(" ", out)))
                a, b = words(out), words(txt)
                n += 1
                if a != b:
                    bad += 1
                    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
                    print(f"FAIL: {os.path.relpath(md_path, d)}: markdown reads back {a[i - 3:i + 5]}, text has {b[i - 3:i + 5]}")
    print(f"{n} pages, {bad} differ")
    sys.exit(1 if bad or not n else 0)


if __name__ == "__main__":
    main()
