#!/usr/bin/env python3
"""Splits html5lib tree-construction *.dat files into one libFuzzer seed per
#data section (with a mode byte in front: document, scripting off), so
`make fuzz` starts from the conformance inputs.

Usage: split_dat.py OUT_DIR FILE.dat...
"""
import hashlib
import os
import sys


def sections(data):
    pos = 0
    while True:
        i = data.find(b"#data\n", pos)
        if i < 0:
            return
        if i > 0 and data[i - 1:i] != b"\n":
            pos = i + 1
            continue
        start = i + 6
        end = data.find(b"\n#", start)
        if end < 0:
            end = len(data)
        yield data[start:end]
        pos = end


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    count = 0
    for path in sys.argv[2:]:
        with open(path, "rb") as f:
            data = f.read()
        for s in sections(data):
            seed = b"\x00" + s
            name = hashlib.sha1(seed).hexdigest()
            with open(os.path.join(out, name), "wb") as f:
                f.write(seed)
            count += 1
    print("%d seeds in %s" % (count, out))


if __name__ == "__main__":
    main()
