"""End-to-end test of `pith warc` on WARC files written by wget from a
local http.server: one JSON line per HTML response, in record order, with
the crawl context; skips counted; damaged copies give partial output, an
error line and a non-zero exit status."""
import datetime
import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import warc_crawl  # noqa: E402

PITH = os.environ.get("PITH_BIN", str(warc_crawl.REPO / "build" / "pith"))


def run(*args):
    p = subprocess.run([PITH, "warc", *map(str, args)], capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def lines_of(text):
    return [json.loads(line) for line in text.splitlines()]


def summary_counts(stderr):
    m = re.search(r"(\d+) records read, (\d+) extracted, (\d+) skipped \(([^)]*)\)", stderr)
    assert m, stderr
    reasons = dict((k, int(v)) for k, v in re.findall(r"([a-z-]+) (\d+)", m.group(4)))
    return int(m.group(1)), int(m.group(2)), int(m.group(3)), reasons


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    work = tmp_path_factory.mktemp("crawl")
    names = warc_crawl.fill_site(work / "site", warc_crawl.page_sources())
    with warc_crawl.Server(work / "site") as server:
        gz = warc_crawl.crawl(work, names, server, base="gz")
        plain = warc_crawl.crawl(work, names, server, base="plain", compress=False)
        urls = [server.url(n) for n in names]
        missing = server.url("missing.html")
        image = server.url("image.png")
    return {"gz": gz, "plain": plain, "urls": urls, "missing": missing, "image": image, "work": work}


def check_records(records, urls):
    assert [r["warc_target_uri"] for r in records] == urls  # record order = crawl order
    today = datetime.datetime.now(datetime.timezone.utc)
    for r in records:
        assert "error" not in r, r
        assert re.fullmatch(r"<urn:uuid:[0-9a-f-]{36}>", r["warc_record_id"])
        # The crawl date is when wget fetched the page, not when it was published.
        crawled_at = datetime.datetime.strptime(r["crawl_date"], "%Y-%m-%dT%H:%M:%SZ")
        crawled_at = crawled_at.replace(tzinfo=datetime.timezone.utc)
        assert abs((today - crawled_at).total_seconds()) < 3600
        assert r["source"] == r["warc_target_uri"]


def test_gzip_warc_one_line_per_html_response(crawled):
    rc, out, err = run(crawled["gz"], "-j", 2)
    assert rc == 0, err
    records = lines_of(out)
    check_records(records, crawled["urls"])
    assert len({r["warc_record_id"] for r in records}) == len(records)
    read, extracted, skipped, reasons = summary_counts(err)
    assert extracted == len(crawled["urls"])
    assert reasons["http-status"] == 1      # the missing page
    assert reasons["not-html"] >= 1         # the image (and wget's log)
    assert reasons["record-type"] >= len(crawled["urls"]) + 2  # requests, warcinfo
    assert read == extracted + skipped


def test_plain_warc_and_thread_counts_give_the_same_lines(crawled):
    rc1, out1, _ = run(crawled["plain"], "-j", 1)
    rc2, out2, _ = run(crawled["plain"], "-j", 3)
    rc3, out3, _ = run(crawled["gz"], "-j", 2)
    assert rc1 == rc2 == rc3 == 0
    assert out1 == out2
    check_records(lines_of(out1), crawled["urls"])

    def strip(records):  # the same pages; record IDs differ between the two crawls
        return [{k: v for k, v in r.items() if k not in ("warc_record_id", "crawl_date")} for r in records]

    assert strip(lines_of(out1)) == strip(lines_of(out3))


def test_output_file_gzip(crawled, tmp_path):
    target = tmp_path / "out.jsonl.gz"
    rc, out, err = run(crawled["gz"], "-o", target, "-q")
    assert rc == 0 and out == "" and err == ""
    with gzip.open(target, "rt", encoding="utf-8") as f:
        check_records(lines_of(f.read()), crawled["urls"])
    plain_target = tmp_path / "out.jsonl"
    rc, _, _ = run(crawled["gz"], "-o", plain_target, "-q")
    assert rc == 0
    check_records(lines_of(plain_target.read_text("utf-8")), crawled["urls"])


def test_several_files_in_order(crawled):
    rc, out, err = run(crawled["gz"], crawled["plain"])
    assert rc == 0
    records = lines_of(out)
    assert [r["warc_target_uri"] for r in records] == crawled["urls"] * 2


def test_truncated_file_gives_partial_output_and_an_error(crawled, tmp_path):
    data = crawled["gz"].read_bytes()
    members = warc_crawl.gzip_members(data)
    # Cut inside the member of the response for the fourth page.
    target = crawled["urls"][3].encode()
    i = next(i for i, (off, body) in enumerate(members)
             if b"WARC-Type: response" in body and target + b">" in body)
    middle = (members[i][0] + members[i + 1][0]) // 2
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[:middle])
    rc, out, err = run(cut)
    assert rc != 0
    records = lines_of(out)
    check_records(records[:-1], crawled["urls"][:3])
    assert "error" in records[-1]
    assert records[-1]["warc_target_uri"] == crawled["urls"][3]
    assert records[-1]["warc_record_id"].startswith("<urn:uuid:")
    assert "truncated" in records[-1]["error"]

    # The same on a plain WARC, cut in the middle of a record's block.
    plain = crawled["plain"].read_bytes()
    pos = plain.rindex(b"WARC-Target-URI: <" + target + b">")  # the response, after the request
    cut_plain = tmp_path / "cut.warc"
    cut_plain.write_bytes(plain[:plain.index(b"\r\n\r\n", pos) + 300])
    rc, out, err = run(cut_plain)
    assert rc != 0
    records = lines_of(out)
    assert "error" in records[-1] and records[-1]["warc_target_uri"] == crawled["urls"][3]


def test_corrupt_gzip_member_is_reported_and_the_rest_is_read(crawled, tmp_path):
    data = bytearray(crawled["gz"].read_bytes())
    members = warc_crawl.gzip_members(bytes(data))
    target = crawled["urls"][2].encode()
    at = next(off for off, body in members if b"WARC-Type: response" in body and target + b">" in body)
    for k in range(at + 40, at + 80):
        data[k] ^= 0xA5
    bad = tmp_path / "corrupt.warc.gz"
    bad.write_bytes(bytes(data))
    rc, out, err = run(bad, "-j", 2)
    assert rc != 0
    records = lines_of(out)
    errors = [r for r in records if "error" in r]
    good = [r for r in records if "error" not in r]
    assert len(errors) == 1
    assert "gzip" in errors[0]["error"]
    assert errors[0]["warc_offset"] == at
    # Every other page is still there, in order.
    assert [r["warc_target_uri"] for r in good] == [u for u in crawled["urls"] if u != crawled["urls"][2]]
    assert "1 input error" in err


def test_missing_file_and_bad_usage(tmp_path):
    rc, out, err = run(tmp_path / "nope.warc.gz")
    assert rc == 1
    assert "cannot open" in lines_of(out)[0]["error"]
    rc, _, _ = run()
    assert rc == 2
    rc, _, _ = run("-j", "zero", tmp_path / "x")
    assert rc == 2
    rc, _, _ = run("--favor", "7", tmp_path / "x")
    assert rc == 2


def test_not_a_warc(tmp_path):
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"<html>this is not a WARC file</html>\n" * 10)
    rc, out, err = run(junk)
    assert rc == 1
    assert len(lines_of(out)) == 1
