"""_native.py - finds libpith and declares its functions for ctypes.

Lookup order: the PITH_LIBRARY environment variable; a copy next to this
package (what `make python` puts there); build/src of the source tree this
package sits in; the system's libpith.so.
"""
import ctypes
import ctypes.util
import os
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _candidates():
    env = os.environ.get("PITH_LIBRARY")
    if env:
        yield env
        return
    for p in sorted(_HERE.glob("libpith.so*")):
        yield str(p)
    for build in ("build", "build-release"):
        p = _HERE.parents[1] / build / "src" / "libpith.so"
        if p.exists():
            yield str(p)
    found = ctypes.util.find_library("pith")
    if found:
        yield found
    yield "libpith.so"


def _load():
    errors = []
    for path in _candidates():
        try:
            return ctypes.CDLL(path, use_errno=True), path
        except OSError as e:
            errors.append("%s: %s" % (path, e))
    raise ImportError("pith: cannot load libpith (set PITH_LIBRARY, or run `make python`):\n  "
                      + "\n  ".join(errors))


lib, path = _load()

c_int, c_char_p, c_void_p, c_size_t = ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_size_t
c_ulonglong = ctypes.c_ulonglong
P = ctypes.POINTER


class OptionInfo(ctypes.Structure):
    _fields_ = [("option", c_int), ("name", c_char_p), ("help", c_char_p),
                ("min", c_int), ("max", c_int), ("default_value", c_int)]


def _declare(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)


_declare("pith_version", c_char_p)
_declare("pith_strerror", c_char_p, c_int)
_declare("pith_options", P(OptionInfo))
_declare("pith_option_count", c_int)
_declare("pith_extractor_new", c_void_p)
_declare("pith_extractor_free", None, c_void_p)
_declare("pith_extractor_set", c_int, c_void_p, c_int, c_int)
_declare("pith_extractor_error", c_char_p, c_void_p)
_declare("pith_extract", c_int, c_void_p, c_char_p, c_size_t, c_char_p, c_char_p, P(c_void_p))
_declare("pith_result_free", None, c_void_p)
# Returned strings are read with string_at and freed with pith_free, so
# they come back as plain pointers.
_declare("pith_result_render_string", c_void_p, c_void_p, c_int, c_char_p, P(c_size_t))
_declare("pith_free", None, c_void_p)

_declare("pith_warc_skip_name", c_char_p, c_int)
_declare("pith_warc_open", c_int, c_char_p, c_size_t, P(c_void_p))
_declare("pith_warc_close", None, c_void_p)
_declare("pith_warc_next", c_int, c_void_p, c_void_p)
_declare("pith_warc_error", c_char_p, c_void_p)
_declare("pith_warc_position", c_ulonglong, c_void_p)
_declare("pith_warc_record_new", c_void_p)
_declare("pith_warc_record_free", None, c_void_p)
for _name in ("type", "target_uri", "date", "id", "content_type", "charset", "skip_detail"):
    _declare("pith_warc_record_" + _name, c_char_p, c_void_p)
_declare("pith_warc_record_offset", c_ulonglong, c_void_p)
_declare("pith_warc_record_http_status", c_int, c_void_p)
_declare("pith_warc_record_skip", c_int, c_void_p)
_declare("pith_warc_record_payload", c_void_p, c_void_p, P(c_size_t))

FORMATS = {"text": 0, "markdown": 1, "html": 2, "json": 3}
WARC_SKIP_NONE = 0
WARC_SKIP_BAD = (5, 6)  # bad-http, bad-encoding: pages that could not be read
