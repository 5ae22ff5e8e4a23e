#!/usr/bin/env python3
"""Generates src/html/decode/encoding_labels.c: the WHATWG Encoding Standard's
label -> encoding table (section 4.2, "Names and labels"), plus how pith
decodes each encoding with glibc iconv.

ENCODINGS below has the structure of the standard's encodings.json: groups
under a heading, each encoding with its canonical name and its labels.  The
second table (DECODERS) is pith's own choice of decoder per encoding.

Run: python3 tools/gen_encodings.py            (rewrites the C file)
     python3 tools/gen_encodings.py --check    (exit 1 if the file differs;
                                               a test runs this)
"""
import os
import sys

ENCODINGS = [
    {"heading": "The Encoding", "encodings": [
        {"name": "UTF-8", "labels": [
            "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8",
            "utf8", "x-unicode20utf8"]},
    ]},
    {"heading": "Legacy single-byte encodings", "encodings": [
        {"name": "IBM866", "labels": ["866", "cp866", "csibm866", "ibm866"]},
        {"name": "ISO-8859-2", "labels": [
            "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592",
            "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]},
        {"name": "ISO-8859-3", "labels": [
            "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593",
            "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]},
        {"name": "ISO-8859-4", "labels": [
            "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594",
            "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]},
        {"name": "ISO-8859-5", "labels": [
            "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144",
            "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]},
        {"name": "ISO-8859-6", "labels": [
            "arabic", "asmo-708", "csiso88596e", "csiso88596i",
            "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e",
            "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6",
            "iso_8859-6:1987"]},
        {"name": "ISO-8859-7", "labels": [
            "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8",
            "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7",
            "iso_8859-7:1987", "sun_eu_greek"]},
        {"name": "ISO-8859-8", "labels": [
            "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8",
            "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8",
            "iso_8859-8:1988", "visual"]},
        {"name": "ISO-8859-8-I", "labels": ["csiso88598i", "iso-8859-8-i", "logical"]},
        {"name": "ISO-8859-10", "labels": [
            "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910",
            "l6", "latin6"]},
        {"name": "ISO-8859-13", "labels": ["iso-8859-13", "iso8859-13", "iso885913"]},
        {"name": "ISO-8859-14", "labels": ["iso-8859-14", "iso8859-14", "iso885914"]},
        {"name": "ISO-8859-15", "labels": [
            "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15",
            "l9"]},
        {"name": "ISO-8859-16", "labels": ["iso-8859-16"]},
        {"name": "KOI8-R", "labels": ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]},
        {"name": "KOI8-U", "labels": ["koi8-ru", "koi8-u"]},
        {"name": "macintosh", "labels": ["csmacintosh", "mac", "macintosh", "x-mac-roman"]},
        {"name": "windows-874", "labels": [
            "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620",
            "windows-874"]},
        {"name": "windows-1250", "labels": ["cp1250", "windows-1250", "x-cp1250"]},
        {"name": "windows-1251", "labels": ["cp1251", "windows-1251", "x-cp1251"]},
        {"name": "windows-1252", "labels": [
            "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
            "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
            "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252",
            "x-cp1252"]},
        {"name": "windows-1253", "labels": ["cp1253", "windows-1253", "x-cp1253"]},
        {"name": "windows-1254", "labels": [
            "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9",
            "iso88599", "iso_8859-9", "iso_8859-9:1989", "l5", "latin5",
            "windows-1254", "x-cp1254"]},
        {"name": "windows-1255", "labels": ["cp1255", "windows-1255", "x-cp1255"]},
        {"name": "windows-1256", "labels": ["cp1256", "windows-1256", "x-cp1256"]},
        {"name": "windows-1257", "labels": ["cp1257", "windows-1257", "x-cp1257"]},
        {"name": "windows-1258", "labels": ["cp1258", "windows-1258", "x-cp1258"]},
        {"name": "x-mac-cyrillic", "labels": ["x-mac-cyrillic", "x-mac-ukrainian"]},
    ]},
    {"heading": "Legacy multi-byte Chinese (simplified) encodings", "encodings": [
        {"name": "GBK", "labels": [
            "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312",
            "gb_2312-80", "gbk", "iso-ir-58", "x-gbk"]},
        {"name": "gb18030", "labels": ["gb18030"]},
    ]},
    {"heading": "Legacy multi-byte Chinese (traditional) encodings", "encodings": [
        {"name": "Big5", "labels": ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]},
    ]},
    {"heading": "Legacy multi-byte Japanese encodings", "encodings": [
        {"name": "EUC-JP", "labels": ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]},
        {"name": "ISO-2022-JP", "labels": ["csiso2022jp", "iso-2022-jp"]},
        {"name": "Shift_JIS", "labels": [
            "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis",
            "windows-31j", "x-sjis"]},
    ]},
    {"heading": "Legacy multi-byte Korean encodings", "encodings": [
        {"name": "EUC-KR", "labels": [
            "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean",
            "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "ksc_5601",
            "windows-949"]},
    ]},
    {"heading": "Legacy miscellaneous encodings", "encodings": [
        {"name": "replacement", "labels": [
            "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext",
            "iso-2022-kr", "replacement"]},
        {"name": "UTF-16BE", "labels": ["unicodefffe", "utf-16be"]},
        {"name": "UTF-16LE", "labels": [
            "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff",
            "utf-16", "utf-16le"]},
        {"name": "x-user-defined", "labels": ["x-user-defined"]},
    ]},
]

# How pith decodes each encoding.  SINGLE: a 128-entry table for the high
# half built once per page from iconv; windows-* code pages map the bytes
# iconv leaves undefined in 0x80-0x9F to the C1 controls, as the standard's
# indexes do.  ICONV: streamed through iconv with one-byte error skipping.
# The iconv name is the glibc converter closest to the standard's decoder.
DECODERS = {
    "UTF-8": ("UTF8", None),
    "IBM866": ("SINGLE", "CP866"),
    "ISO-8859-2": ("SINGLE", "ISO-8859-2"),
    "ISO-8859-3": ("SINGLE", "ISO-8859-3"),
    "ISO-8859-4": ("SINGLE", "ISO-8859-4"),
    "ISO-8859-5": ("SINGLE", "ISO-8859-5"),
    "ISO-8859-6": ("SINGLE", "ISO-8859-6"),
    "ISO-8859-7": ("SINGLE", "ISO-8859-7"),
    "ISO-8859-8": ("SINGLE", "ISO-8859-8"),
    "ISO-8859-8-I": ("SINGLE", "ISO-8859-8"),  # same bytes, logical order
    "ISO-8859-10": ("SINGLE", "ISO-8859-10"),
    "ISO-8859-13": ("SINGLE", "ISO-8859-13"),
    "ISO-8859-14": ("SINGLE", "ISO-8859-14"),
    "ISO-8859-15": ("SINGLE", "ISO-8859-15"),
    "ISO-8859-16": ("SINGLE", "ISO-8859-16"),
    "KOI8-R": ("SINGLE", "KOI8-R"),
    "KOI8-U": ("SINGLE", "KOI8-U"),
    "macintosh": ("SINGLE", "MACINTOSH"),
    "windows-874": ("SINGLE_C1", "CP874"),
    "windows-1250": ("SINGLE_C1", "CP1250"),
    "windows-1251": ("SINGLE_C1", "CP1251"),
    "windows-1252": ("SINGLE_C1", "CP1252"),
    "windows-1253": ("SINGLE_C1", "CP1253"),
    "windows-1254": ("SINGLE_C1", "CP1254"),
    "windows-1255": ("SINGLE_C1", "CP1255"),
    "windows-1256": ("SINGLE_C1", "CP1256"),
    "windows-1257": ("SINGLE_C1", "CP1257"),
    "windows-1258": ("SINGLE_C1", "CP1258"),
    "x-mac-cyrillic": ("SINGLE", "MAC-CYRILLIC"),
    # The standard decodes gbk with the gb18030 decoder.
    "GBK": ("ICONV", "GB18030"),
    "gb18030": ("ICONV", "GB18030"),
    # The standard's Big5 index is Big5-HKSCS.
    "Big5": ("ICONV", "BIG5-HKSCS"),
    "EUC-JP": ("ICONV", "EUC-JP"),
    "ISO-2022-JP": ("ICONV", "ISO-2022-JP"),
    # The standard's Shift_JIS and EUC-KR are Microsoft's supersets.
    "Shift_JIS": ("ICONV", "CP932"),
    "EUC-KR": ("ICONV", "CP949"),
    "replacement": ("REPLACEMENT", None),
    "UTF-16BE": ("UTF16BE", None),
    "UTF-16LE": ("UTF16LE", None),
    "x-user-defined": ("USER_DEFINED", None),
}


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate():
    encs = [e for g in ENCODINGS for e in g["encodings"]]
    index = {e["name"]: i for i, e in enumerate(encs)}
    labels = sorted((lab, e["name"]) for e in encs for lab in e["labels"])
    names = [lab for lab, _ in labels]
    assert len(names) == len(set(names)), "duplicate label"
    assert set(DECODERS) == set(index), "DECODERS must cover every encoding"
    maxlen = max(len(n) for n in names)
    out = []
    w = out.append
    w("/* Generated by tools/gen_encodings.py from the WHATWG Encoding Standard's")
    w(" * encodings.json data; do not edit. */")
    w('#include "encoding_labels.h"')
    w("")
    w("const html_encoding_info html_encodings[HTML_ENCODING_COUNT] = {")
    for e in encs:
        kind, conv = DECODERS[e["name"]]
        w("    { %s, %s, HTML_DECODER_%s }," % (c_str(e["name"]),
                                                c_str(conv) if conv else "NULL", kind))
    w("};")
    w("")
    w("/* Sorted by label (bytewise) for binary search. */")
    w("const html_encoding_label html_encoding_labels[HTML_ENCODING_LABEL_COUNT] = {")
    for lab, name in labels:
        w("    { %s, %d }, /* %s */" % (c_str(lab), index[name], name))
    w("};")
    w("")
    header = [
        "/* Counts checked by tools/gen_encodings.py. */",
        "_Static_assert(HTML_ENCODING_COUNT == %d, \"encoding count\");" % len(encs),
        "_Static_assert(HTML_ENCODING_LABEL_COUNT == %d, \"label count\");" % len(labels),
        "_Static_assert(HTML_ENCODING_LABEL_MAX == %d, \"longest label\");" % maxlen,
    ]
    return "\n".join(out + header) + "\n"


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    path = os.path.join(root, "src", "html", "decode", "encoding_labels.c")
    text = generate()
    if "--check" in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                print("encoding_labels.c is stale: run tools/gen_encodings.py")
                return 1
        print("encoding_labels.c is up to date")
        return 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
