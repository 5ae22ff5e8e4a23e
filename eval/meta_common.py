"""Shared helpers for the metadata evaluations (eval_dates.py, eval_meta.py).

Pages are run through libpith (build/src/libpith.so, via ctypes) so a run
does not depend on CLI flags; each page yields the JSON record that
`pith -f json` prints.  Data sets are read in place from ../shared/data.
"""
import ctypes
import gzip
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'data'))
FORMAT_JSON = 3


class Pith:
    """Minimal ctypes binding: extract one page and return its JSON record."""

    def __init__(self, build=None):
        build = build or os.environ.get('PITH_BUILD', os.path.join(ROOT, 'build'))
        lib = ctypes.CDLL(os.path.join(build, 'src', 'libpith.so'))
        lib.pith_extractor_new.restype = ctypes.c_void_p
        lib.pith_extractor_free.argtypes = [ctypes.c_void_p]
        lib.pith_extract.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t,
                                     ctypes.c_char_p, ctypes.c_char_p,
                                     ctypes.POINTER(ctypes.c_void_p)]
        lib.pith_extractor_error.argtypes = [ctypes.c_void_p]
        lib.pith_extractor_error.restype = ctypes.c_char_p
        lib.pith_result_render_string.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p,
                                                  ctypes.POINTER(ctypes.c_size_t)]
        lib.pith_result_render_string.restype = ctypes.c_void_p
        lib.pith_result_free.argtypes = [ctypes.c_void_p]
        lib.pith_free.argtypes = [ctypes.c_void_p]
        self.lib = lib
        self.ex = lib.pith_extractor_new()

    def extract(self, html, url=None):
        res = ctypes.c_void_p()
        rc = self.lib.pith_extract(self.ex, html, len(html), url.encode() if url else None,
                                   None, ctypes.byref(res))
        if rc != 0:
            return {'error': self.lib.pith_extractor_error(self.ex).decode('utf-8', 'replace')}
        n = ctypes.c_size_t()
        p = self.lib.pith_result_render_string(res, FORMAT_JSON, None, ctypes.byref(n))
        data = ctypes.string_at(p, n.value)
        self.lib.pith_free(p)
        self.lib.pith_result_free(res)
        return json.loads(data.decode('utf-8', 'replace'))


def read_page(path):
    with open(path, 'rb') as f:
        data = f.read()
    return gzip.decompress(data) if path.endswith('.gz') else data


QUOTES = str.maketrans({'\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'",
                        '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
                        '\u2013': '-', '\u2014': '-', '\u00a0': ' ',
                        # Invisible format characters (soft hyphen, zero-width
                        # space and joiners, word joiner, BOM): not part of the
                        # text a reader sees, kept by some truth files, dropped
                        # by others.
                        '\u00ad': None, '\u200b': None, '\u200c': None, '\u200d': None,
                        '\u2060': None, '\ufeff': None})


def norm_text(s):
    """Text normalised for title/author comparison: Unicode NFC, typographic
    quotes and dashes as ASCII (truth files differ from pages only in
    those), invisible format characters removed, whitespace collapsed, case
    folded."""
    if s is None:
        return ''
    s = unicodedata.normalize('NFC', s).translate(QUOTES)
    return ' '.join(s.split()).casefold()


def day(s):
    """The YYYY-MM-DD part of an ISO date, or None."""
    if not s:
        return None
    m = re.match(r'(\d{4}-\d{2}-\d{2})', s)
    return m.group(1) if m else None


def authors_str(rec):
    a = rec.get('authors') or []
    return '; '.join(a) if isinstance(a, list) else str(a)


def table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = '  '.join(str(h).ljust(w) for h, w in zip(header, widths))
    print(line)
    print('-' * len(line))
    for r in rows:
        print('  '.join(str(c).ljust(w) for c, w in zip(r, widths)))


def fmt(x):
    return f'{x:.3f}' if isinstance(x, float) else str(x)


def progress(i, n):
    if sys.stderr.isatty() and i % 50 == 0:
        print(f'\r{i}/{n}', end='', file=sys.stderr, flush=True)
