"""Shared fixtures: the package from this checkout, WARC files crawled by
wget from a local http.server (tests/warc/warc_crawl.py)."""
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))                      # the pith package
sys.path.insert(0, str(HERE.parents[1] / "tests" / "warc"))  # warc_crawl

import warc_crawl  # noqa: E402

DATA = warc_crawl.DATA


@pytest.fixture(scope="session")
def crawl(tmp_path_factory):
    """Three small WARC files (gzip, gzip, plain) of distinct pages, with the
    page URLs each must yield, plus a copy of the first with a corrupt gzip
    member."""
    work = tmp_path_factory.mktemp("pycrawl")
    sources = warc_crawl.page_sources(trafilatura=6, readability=3)
    names = warc_crawl.fill_site(work / "site", sources)
    out = {"warcs": [], "urls": []}
    with warc_crawl.Server(work / "site") as server:
        for k, (part, compress) in enumerate([(names[0:3], True), (names[3:6], True), (names[6:9], False)]):
            path = warc_crawl.crawl(work, part, server, base="part%d" % k, compress=compress,
                                    extra=("missing.html", "image.png") if k == 0 else ())
            out["warcs"].append(path)
            out["urls"].append([server.url(n) for n in part])
    data = bytearray(out["warcs"][0].read_bytes())
    members = warc_crawl.gzip_members(bytes(data))
    at = next(off for off, body in members
              if b"WARC-Type: response" in body and out["urls"][0][1].encode() + b">" in body)
    for i in range(at + 40, at + 90):
        data[i] ^= 0x3C
    out["corrupt"] = work / "corrupt.warc.gz"
    out["corrupt"].write_bytes(bytes(data))
    out["work"] = work
    return out
