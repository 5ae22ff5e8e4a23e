"""pith - the article in a web page: headline, body, dates, authors, site,
language.  A ctypes binding to libpith (nothing beyond the standard library).

    import pith
    r = pith.extract(html_bytes, url="https://example.com/a")
    r.title, r.text, r.authors, r.date_published
    r.render("markdown")

    for r in pith.iter_warc("crawl.warc.gz"):
        if isinstance(r, pith.RecordError):
            print("failed:", r.record_id, r)      # errors are yielded, not raised
        else:
            print(r.target_uri, r.crawl_date, r.title)

Options are the library's option table (pith.options()), as keywords with
'-' written '_': pith.extract(html, favor=1, max_nodes=100000).
"""
import ctypes
import json
import os
import threading

from . import _native
from ._native import lib

__all__ = ["extract", "iter_warc", "options", "Extractor", "Result", "WarcResult", "PithError",
           "RecordError", "WarcReader", "version", "library_path"]

library_path = _native.path


def version():
    return lib.pith_version().decode()


class PithError(Exception):
    """A failure reported by libpith; .code is the negative PITH_E* code."""

    def __init__(self, message, code=None):
        super().__init__(message)
        self.message = message
        self.code = code


class RecordError(PithError):
    """A WARC record (or a damaged stretch of a WARC file) that yielded no
    article.  iter_warc yields these instead of raising them (unless
    errors="raise"), so one bad page does not end a crawl.  Fields:
    record_id, target_uri, crawl_date (None when the header was unreadable),
    offset (where the record or the damage is), file, kind ("input" for a
    damaged file, "bad-http", "bad-encoding", or "extraction")."""

    def __init__(self, message, code=None, kind="input", file=None, record_id=None, target_uri=None,
                 crawl_date=None, offset=None):
        super().__init__(message, code)
        self.kind = kind
        self.file = file
        self.record_id = record_id
        self.target_uri = target_uri
        self.crawl_date = crawl_date
        self.offset = offset

    def to_dict(self):
        return {"source": self.target_uri or self.file, "error": self.message, "warc_target_uri": self.target_uri,
                "crawl_date": self.crawl_date, "warc_record_id": self.record_id, "warc_file": self.file,
                "warc_offset": self.offset}


def _option_table():
    table = lib.pith_options()
    out = []
    for i in range(lib.pith_option_count()):
        o = table[i]
        name = o.name.decode()
        out.append({"option": o.option, "name": name, "keyword": name.replace("-", "_"),
                    "help": o.help.decode(), "min": o.min, "max": o.max, "default": o.default_value})
    return out


_OPTIONS = _option_table()
_BY_KEYWORD = {o["keyword"]: o for o in _OPTIONS}
_SKIP_NAMES = [lib.pith_warc_skip_name(i).decode() for i in range(16)]
_SKIP_NAMES = _SKIP_NAMES[:_SKIP_NAMES.index("unknown")] if "unknown" in _SKIP_NAMES else _SKIP_NAMES


def options():
    """The library's option table: a list of dicts with name, keyword (the
    Python spelling), help, min, max and default."""
    return [dict(o) for o in _OPTIONS]


def _check_options(opts):
    values = {}
    for key, value in opts.items():
        info = _BY_KEYWORD.get(key)
        if info is None:
            raise TypeError("unknown pith option %r (known: %s)" % (key, ", ".join(sorted(_BY_KEYWORD))))
        if isinstance(value, bool):
            value = int(value)
        if not isinstance(value, int) or not info["min"] <= value <= info["max"]:
            raise ValueError("pith option %s=%r: expected an integer in [%d, %d]"
                             % (key, value, info["min"], info["max"]))
        values[info["option"]] = value
    return values


def _format_code(fmt):
    try:
        return _native.FORMATS[fmt]
    except KeyError:
        raise ValueError("format must be one of %s, not %r" % (", ".join(_native.FORMATS), fmt)) from None


def _cstr(p):
    return None if p is None else p.decode("utf-8", "replace")


_RESERVED = {"fields", "format", "output", "target_uri", "crawl_date", "record_id", "offset", "http_status",
             "content_type", "file"}


class _Owned:
    """A Python object that owns one C handle: freed by close(), by `with`,
    or when collected."""

    _handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:  # the module may be half torn down at exit
            pass


def _free(obj, free):
    handle, obj._handle = obj._handle, None
    if handle:
        free(handle)


class Result(_Owned):
    """One page's extraction.  The fields of the JSON rendering are
    attributes (title, text, url, authors, date_published, site_name,
    language, ...; None when unknown); .output is the rendering in the
    format asked for; .render(format) renders again in another."""

    def __init__(self, handle, fmt="text", source=None):
        self._handle = handle
        self._source = source
        self.fields = json.loads(self.render("json"))
        for key, value in self.fields.items():
            name = key.replace("-", "_")
            if name not in _RESERVED and not hasattr(type(self), name):
                setattr(self, name, value)
        self.format = fmt
        self.output = self.render(fmt) if fmt else None

    def render(self, fmt="text"):
        if self._handle is None:
            raise PithError("result is closed")
        n = ctypes.c_size_t()
        src = self._source.encode() if self._source else None
        p = lib.pith_result_render_string(self._handle, _format_code(fmt), src, ctypes.byref(n))
        if not p:
            raise MemoryError("pith: out of memory rendering the result")
        try:
            return ctypes.string_at(p, n.value).decode("utf-8", "replace")
        finally:
            lib.pith_free(p)

    def to_dict(self):
        return dict(self.fields)

    def close(self):
        _free(self, lib.pith_result_free)


    def __str__(self):
        return self.output if isinstance(self.output, str) else ""

    def __repr__(self):
        return "<pith.Result title=%r>" % (getattr(self, "title", None),)


class WarcResult(Result):
    """A Result from a WARC record, with the record's context: target_uri
    (WARC-Target-URI), crawl_date (WARC-Date: when the page was fetched,
    not when it was published), record_id (WARC-Record-ID), offset,
    http_status, content_type, file."""

    def to_dict(self):
        d = dict(self.fields)
        d.update(warc_target_uri=self.target_uri, crawl_date=self.crawl_date, warc_record_id=self.record_id)
        return d

    def __repr__(self):
        return "<pith.WarcResult %s title=%r>" % (self.target_uri, getattr(self, "title", None))


class Extractor(_Owned):
    """A reusable extractor (faster than pith.extract for many pages).  Not
    thread-safe: use one per thread."""

    def __init__(self, **opts):
        values = _check_options(opts)
        self._handle = lib.pith_extractor_new()
        if not self._handle:
            raise MemoryError("pith: out of memory")
        for option, value in values.items():
            rc = lib.pith_extractor_set(self._handle, option, value)
            if rc < 0:
                raise ValueError("pith option %d=%d refused" % (option, value))

    def _run(self, html, url, charset):
        if isinstance(html, str):
            data = html.encode("utf-8")
            charset = charset or "utf-8"
        elif isinstance(html, (bytes, bytearray, memoryview)):
            data = bytes(html)
        else:
            raise TypeError("html must be bytes or str, not %s" % type(html).__name__)
        out = ctypes.c_void_p()
        rc = lib.pith_extract(self._handle, data, len(data), url.encode() if url else None,
                              charset.encode() if charset else None, ctypes.byref(out))
        if rc < 0:
            raise PithError(_cstr(lib.pith_extractor_error(self._handle)) or _cstr(lib.pith_strerror(rc)), rc)
        return out.value

    def extract(self, html, url=None, format="text", charset=None):
        _format_code(format)
        return Result(self._run(html, url, charset), format, url)

    def close(self):
        _free(self, lib.pith_extractor_free)



_local = threading.local()


def extract(html, url=None, format="text", charset=None, **opts):
    """Extracts the article of one page.

    html: the page, bytes in any encoding (detected from the bytes unless
    `charset`, e.g. from an HTTP header, says) or str.  url: the page's
    address (resolves links; reported when the page names none).  format:
    "text", "markdown", "html" or "json" for .output.  Keywords: the
    options of pith.options().  Raises PithError (bad input, limits),
    TypeError/ValueError (bad arguments)."""
    key = tuple(sorted(_check_options(opts).items()))
    cache = getattr(_local, "extractors", None)
    if cache is None:
        cache = _local.extractors = {}
    ex = cache.get(key)
    if ex is None:
        if len(cache) > 8:
            cache.clear()
        ex = cache[key] = Extractor(**opts)
    return ex.extract(html, url=url, format=format, charset=charset)


class WarcReader:
    """Iterates over the HTML pages of a WARC file (see iter_warc).  After
    (or during) iteration, .counts holds records, extracted, failed,
    input_errors and skipped (a dict by reason)."""

    def __init__(self, path, format="text", errors="yield", max_record_mb=64, **opts):
        if errors not in ("yield", "raise"):
            raise ValueError('errors must be "yield" or "raise"')
        if format is not None:  # None: fields only, no extra rendering
            _format_code(format)
        self.path = os.fspath(path)
        self.format = format
        self.errors = errors
        self.max_record = int(max_record_mb) << 20
        self.extractor = Extractor(**opts)
        self.counts = {"records": 0, "extracted": 0, "failed": 0, "input_errors": 0,
                       "skipped": {name: 0 for name in _SKIP_NAMES[1:] if not name.startswith("bad-")}}
        self.position = 0

    def _error(self, message, code, kind, rec):
        ctx = {}
        if rec is not None:
            ctx = dict(record_id=_cstr(lib.pith_warc_record_id(rec)),
                       target_uri=_cstr(lib.pith_warc_record_target_uri(rec)),
                       crawl_date=_cstr(lib.pith_warc_record_date(rec)),
                       offset=lib.pith_warc_record_offset(rec))
        err = RecordError(message, code, kind=kind, file=self.path, **ctx)
        if self.errors == "raise":
            raise err
        return err

    def __iter__(self):
        reader = ctypes.c_void_p()
        rc = lib.pith_warc_open(os.fsencode(self.path), self.max_record, ctypes.byref(reader))
        if rc < 0:
            errno = ctypes.get_errno()
            why = os.strerror(errno) if errno else _cstr(lib.pith_strerror(rc))
            raise PithError("%s: cannot open: %s" % (self.path, why), rc)
        rec = lib.pith_warc_record_new()
        if not rec:
            lib.pith_warc_close(reader)
            raise MemoryError("pith: out of memory")
        try:
            while True:
                rc = lib.pith_warc_next(reader, rec)
                self.position = lib.pith_warc_position(reader)
                if rc == 0:
                    break
                if rc < 0:
                    self.counts["input_errors"] += 1
                    if lib.pith_warc_record_id(rec) is not None:
                        self.counts["records"] += 1
                    yield self._error(_cstr(lib.pith_warc_error(reader)), rc, "input", rec)
                    continue
                self.counts["records"] += 1
                skip = lib.pith_warc_record_skip(rec)
                name = _SKIP_NAMES[skip] if skip < len(_SKIP_NAMES) else "unknown"
                if skip == _native.WARC_SKIP_NONE:
                    yield self._extract(rec)
                elif name.startswith("bad-"):
                    self.counts["failed"] += 1
                    detail = _cstr(lib.pith_warc_record_skip_detail(rec))
                    yield self._error("%s: %s" % (name, detail), None, name, rec)
                else:
                    self.counts["skipped"][name] = self.counts["skipped"].get(name, 0) + 1
        finally:
            lib.pith_warc_record_free(rec)
            lib.pith_warc_close(reader)

    def _extract(self, rec):
        n = ctypes.c_size_t()
        p = lib.pith_warc_record_payload(rec, ctypes.byref(n))
        html = ctypes.string_at(p, n.value) if p and n.value else b""
        uri = _cstr(lib.pith_warc_record_target_uri(rec))
        try:
            handle = self.extractor._run(html, uri, _cstr(lib.pith_warc_record_charset(rec)))
        except PithError as e:
            self.counts["failed"] += 1
            return self._error(e.message, e.code, "extraction", rec)
        result = WarcResult.__new__(WarcResult)
        result.target_uri = uri
        result.crawl_date = _cstr(lib.pith_warc_record_date(rec))
        result.record_id = _cstr(lib.pith_warc_record_id(rec))
        result.offset = lib.pith_warc_record_offset(rec)
        result.http_status = lib.pith_warc_record_http_status(rec) or None
        result.content_type = _cstr(lib.pith_warc_record_content_type(rec))
        result.file = self.path
        Result.__init__(result, handle, self.format, uri)
        self.counts["extracted"] += 1
        return result


def iter_warc(path, format="text", errors="yield", max_record_mb=64, **opts):
    """Yields a WarcResult for every HTML page of a WARC file (plain or
    gzip), in file order.  Records that are not HTML pages (requests,
    images, 404s...) are skipped and counted; pages that could not be
    decoded or extracted, and damaged stretches of the file, are yielded as
    RecordError objects (errors="raise" raises them instead).  Raises
    PithError when the file cannot be opened.  For the counts, iterate a
    pith.WarcReader(...) and read its .counts."""
    return iter(WarcReader(path, format=format, errors=errors, max_record_mb=max_record_mb, **opts))
