"""pith.iter_warc / pith.WarcReader over wget-written WARC files."""
import datetime

import pytest

import pith


def test_iter_warc_yields_each_html_page(crawl):
    reader = pith.WarcReader(crawl["warcs"][0])
    items = list(reader)
    assert [r.target_uri for r in items] == crawl["urls"][0]
    for r in items:
        assert isinstance(r, pith.WarcResult)
        assert r.record_id.startswith("<urn:uuid:")
        assert r.http_status == 200 and r.content_type == "text/html"
        when = datetime.datetime.strptime(r.crawl_date, "%Y-%m-%dT%H:%M:%SZ")
        assert abs((datetime.datetime.utcnow() - when).total_seconds()) < 3600
        assert r.output == r.text
        d = r.to_dict()
        assert d["warc_target_uri"] == r.target_uri and d["crawl_date"] == r.crawl_date
    c = reader.counts
    assert c["extracted"] == 3 and c["failed"] == 0 and c["input_errors"] == 0
    assert c["skipped"]["http-status"] == 1 and c["skipped"]["not-html"] >= 1
    assert c["records"] == c["extracted"] + sum(c["skipped"].values())


def test_plain_warc_and_format(crawl):
    items = list(pith.iter_warc(crawl["warcs"][2], format="markdown"))
    assert [r.target_uri for r in items] == crawl["urls"][2]
    assert all(isinstance(r.output, str) for r in items)


def test_corrupt_file_yields_an_error_object_and_the_rest(crawl):
    items = list(pith.iter_warc(crawl["corrupt"]))
    errors = [x for x in items if isinstance(x, pith.RecordError)]
    good = [x for x in items if not isinstance(x, pith.RecordError)]
    assert len(errors) == 1 and errors[0].kind == "input"
    assert "gzip" in errors[0].message
    assert [r.target_uri for r in good] == [crawl["urls"][0][0], crawl["urls"][0][2]]
    with pytest.raises(pith.RecordError):
        list(pith.iter_warc(crawl["corrupt"], errors="raise"))


def test_missing_file_raises(tmp_path):
    with pytest.raises(pith.PithError) as info:
        list(pith.iter_warc(tmp_path / "none.warc.gz"))
    assert "No such file" in str(info.value)
