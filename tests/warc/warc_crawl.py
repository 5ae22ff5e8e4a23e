"""warc_crawl.py - WARC files written by a real crawler for the tests.

Serves a folder of pages with `python3 -m http.server` on 127.0.0.1 and
records them with `wget --warc-file`, the way a small crawl would.  The
pages come from the shared test data (read in place, decompressed into a
temporary folder); the site also has a missing page (404) and an image.
Used by tests/warc/test_warc_cli.py, python/tests and bench/warc_bench.sh.
"""
import gzip
import os
import socket
import subprocess
import sys
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
PYTHON = "/usr/bin/python3"


def page_sources(trafilatura=6, readability=3, start=0):
    """Paths of test pages: some trafilatura-eval pages (.html.gz) and
    some Readability sources."""
    tra = sorted((DATA / "trafilatura-eval" / "html").glob("*.html.gz"))
    rea = sorted((DATA / "readability").glob("*/source.html"))
    return tra[start:start + trafilatura] + rea[start:start + readability]


def fill_site(site, sources):
    """Copies the pages into `site`; returns the served names of the pages."""
    site = Path(site)
    site.mkdir(parents=True, exist_ok=True)
    names = []
    for i, src in enumerate(sources):
        data = gzip.decompress(src.read_bytes()) if src.suffix == ".gz" else src.read_bytes()
        name = "page%04d.html" % i
        (site / name).write_bytes(data)
        names.append(name)
    (site / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return names


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`python3 -m http.server` on a free port, serving `root`."""

    def __init__(self, root):
        self.root = str(root)
        self.proc = None
        self.port = None

    def __enter__(self):
        for _ in range(5):
            self.port = free_port()
            self.proc = subprocess.Popen(
                [PYTHON, "-m", "http.server", str(self.port), "--bind", "127.0.0.1",
                 "--directory", self.root],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.time() + 10
            while time.time() < deadline and self.proc.poll() is None:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                    return self
                except OSError:
                    time.sleep(0.05)
            self.proc.kill()
            self.proc.wait()
        raise RuntimeError("could not start http.server")

    def __exit__(self, *exc):
        self.proc.terminate()
        self.proc.wait(timeout=10)

    def url(self, name):
        return "http://127.0.0.1:%d/%s" % (self.port, name)


def crawl(workdir, names, server, base="crawl", compress=True, extra=("missing.html", "image.png")):
    """Fetches the pages (plus a missing page and the image) with wget and
    returns the WARC's path (base.warc.gz, or base.warc with compress=False)."""
    workdir = Path(workdir)
    urls = [server.url(n) for n in list(names) + list(extra)]
    listing = workdir / (base + ".urls")
    listing.write_text("\n".join(urls) + "\n")
    cmd = ["wget", "--quiet", "-e", "robots=off", "--warc-file=" + str(workdir / base),
           "--warc-cdx=off", "-P", str(workdir / (base + ".files")), "-i", str(listing)]
    if not compress:
        cmd.insert(1, "--no-warc-compression")
    # wget exits with 8 when a page answered 404, as one of ours does.
    rc = subprocess.run(cmd).returncode
    if rc not in (0, 8):
        raise RuntimeError("wget failed with status %d" % rc)
    path = workdir / (base + (".warc.gz" if compress else ".warc"))
    if not path.exists():
        raise RuntimeError("wget wrote no WARC")
    return path


def gzip_members(data):
    """Offsets of the gzip members of a WARC.gz, and their decompressed bytes."""
    out, pos = [], 0
    while pos < len(data):
        d = zlib.decompressobj(31)
        body = d.decompress(data[pos:])
        out.append((pos, body))
        pos = len(data) - len(d.unused_data)
    return out


def make_site_and_crawl(workdir, sources, compress=True, base="crawl"):
    """One call for the tests: site + server + crawl.  Returns (warc path,
    list of page URLs that must come out)."""
    workdir = Path(workdir)
    names = fill_site(workdir / "site", sources)
    with Server(workdir / "site") as server:
        path = crawl(workdir, names, server, base=base, compress=compress)
        urls = [server.url(n) for n in names]
    return path, urls


if __name__ == "__main__":
    # python3 tests/warc/warc_crawl.py OUTDIR [PAGES]: writes OUTDIR/crawl.warc.gz
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    path, urls = make_site_and_crawl(out, page_sources(trafilatura=count, readability=0))
    print(path, len(urls))
