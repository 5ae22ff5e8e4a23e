"""pith.extract and the Result object over ctypes."""
import gzip
import json

import pytest

import pith
from conftest import DATA

ACLU = (DATA / "readability" / "aclu" / "source.html").read_bytes()


def test_options_come_from_the_library_table():
    names = [o["keyword"] for o in pith.options()]
    assert "favor" in names and "max_nodes" in names
    assert all("-" not in n for n in names)
    for o in pith.options():
        assert o["min"] <= o["default"] <= o["max"]


def test_extract_bytes_gives_fields_as_attributes():
    r = pith.extract(ACLU, url="https://www.aclu.org/blog/x")
    expected = json.loads((DATA / "readability" / "aclu" / "expected-metadata.json").read_text())
    assert r.title == r.fields["title"]
    assert expected["title"].split()[0] in r.title
    assert len(r.text) > 1000
    assert r.output == r.render("text")
    assert isinstance(r.authors, list)
    assert r.to_dict()["title"] == r.title
    json.loads(r.render("json"))
    assert r.render("markdown").strip()
    assert r.render("html").lstrip().startswith("<")


def test_formats_and_str_input():
    html = "<html><head><title>Caf\u00e9</title></head><body><article><h1>Caf\u00e9</h1>" + \
        "<p>" + "Une phrase assez longue pour compter comme un paragraphe. " * 8 + "</p></article></body></html>"
    for fmt in ("text", "markdown", "html", "json"):
        r = pith.extract(html, format=fmt)
        assert isinstance(r.output, str) and r.output
    assert pith.extract(html).title == "Caf\u00e9"
    latin1 = html.encode("latin-1")
    assert pith.extract(latin1, charset="iso-8859-1").title == "Caf\u00e9"


def test_options_are_keywords():
    r = pith.extract(ACLU, favor=1, links=True, max_depth=64)
    assert r.text
    with pytest.raises(TypeError):
        pith.extract(ACLU, no_such_option=1)
    with pytest.raises(ValueError):
        pith.extract(ACLU, favor=9)
    with pytest.raises(ValueError):
        pith.extract(ACLU, format="pdf")
    with pytest.raises(TypeError):
        pith.extract(12345)


def test_library_errors_raise_pith_error():
    with pytest.raises(pith.PithError) as info:
        pith.extract(b"<p>x</p>" * 300000, max_input_mb=1)
    assert info.value.code == -2
    assert "max-input-mb" in str(info.value)


def test_extractor_reuse_and_close():
    with pith.Extractor(favor=-1) as ex:
        a = ex.extract(ACLU).text
        b = ex.extract(ACLU).text
        assert a == b
    r = pith.extract(ACLU)
    r.close()
    with pytest.raises(pith.PithError):
        r.render("text")


def test_trafilatura_pages_do_not_fail():
    for path in sorted((DATA / "trafilatura-eval" / "html").glob("*.html.gz"))[:40]:
        r = pith.extract(gzip.decompress(path.read_bytes()))
        assert isinstance(r.text, str)
