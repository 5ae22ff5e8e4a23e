/* decode.c - bytes to UTF-8 (HTML Standard 13.2.3, Encoding Standard 9-14):
 * picks the encoding (decode_sniff.c), then runs the matching decoder.
 *
 * Decoders: UTF-8 is validated and copied (repaired when invalid); UTF-16
 * and x-user-defined are decoded here; single-byte encodings go through a
 * 128-entry table of the high half built from glibc iconv once per page;
 * multi-byte encodings are streamed through iconv.  Every decoding error
 * becomes U+FFFD and decoding goes on one byte later, so no text is lost
 * and the output is always valid, NUL-terminated UTF-8 in the arena. */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include "../../core/utf8.h"
#include "decode_internal.h"
#include "pith.h"

#define REPLACEMENT "\xEF\xBF\xBD"

static int finish(arena *a, char *buf, size_t cap, size_t len, html_decoded *out)
{
    buf[len] = '\0';
    if (cap > len + 1) /* give back the slack: the output is the last allocation */
        buf = arena_realloc(a, buf, cap, len + 1);
    if (!buf)
        return PITH_ENOMEM;
    out->utf8 = buf;
    out->len = len;
    return 0;
}


/* `valid` is the length of the valid prefix when the caller knows it
 * (SIZE_MAX otherwise), so that sniffed UTF-8 is not validated twice. */
static int decode_utf8(arena *a, const unsigned char *s, size_t n, size_t valid, html_decoded *out)
{
    if (valid > n)
        valid = html_utf8_valid_prefix(s, n, NULL);
    size_t invalid = 0;
    size_t len = valid == n ? n : valid + html_utf8_repair(s + valid, n - valid, NULL, NULL);
    char *buf = arena_alloc(a, len + 1);
    if (!buf)
        return PITH_ENOMEM;
    memcpy(buf, s, valid);
    if (valid < n)
        html_utf8_repair(s + valid, n - valid, buf + valid, &invalid);
    out->invalid_sequences = invalid;
    return finish(a, buf, len + 1, len, out);
}

/* Encoding Standard 14.2 "shared UTF-16 decoder". */
static int decode_utf16(arena *a, const unsigned char *s, size_t n, bool big_endian,
                        html_decoded *out)
{
    size_t cap = n / 2 * 3 + 4; /* a unit is at most 3 bytes; a pair is 4 for 4 */
    char *buf = arena_alloc(a, cap);
    if (!buf)
        return PITH_ENOMEM;
    size_t o = 0, i = 0, bad = 0;
    while (i + 1 < n) {
        uint32_t u = big_endian ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
        i += 2;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
            uint32_t v = big_endian ? (uint32_t)(s[i] << 8 | s[i + 1])
                                    : (uint32_t)(s[i + 1] << 8 | s[i]);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                i += 2;
                o += utf8_encode(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), buf + o);
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) { /* a lone surrogate */
            u = 0xFFFD;
            bad++;
        }
        o += utf8_encode(u, buf + o);
    }
    if (i < n) { /* an odd byte at the end */
        o += utf8_encode(0xFFFD, buf + o);
        bad++;
    }
    out->invalid_sequences = bad;
    return finish(a, buf, cap, o, out);
}

/* Encoding Standard 14.5: bytes 0x80-0xFF are U+F780-U+F7FF. */
static int decode_user_defined(arena *a, const unsigned char *s, size_t n, html_decoded *out)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += s[i] < 0x80 ? 1 : 3;
    char *buf = arena_alloc(a, len + 1);
    if (!buf)
        return PITH_ENOMEM;
    size_t o = 0;
    for (size_t i = 0; i < n; i++)
        o += utf8_encode(s[i] < 0x80 ? s[i] : 0xF780u + (s[i] - 0x80u), buf + o);
    out->invalid_sequences = 0;
    return finish(a, buf, len + 1, o, out);
}

/* The high half of a single-byte encoding: each byte's UTF-8 form. */
typedef struct single_byte_table {
    uint8_t len[128];
    char utf8[128][3]; /* single-byte encodings stay in the BMP */
    bool invalid[128];
} single_byte_table;

/* Runs the 128 high bytes through iconv in one call, each followed by a
 * '\n': the separators split the output per byte, flush the composing
 * converters (CP1255 and CP1258 hold a base letter back for a following
 * mark), and a byte iconv refuses leaves an empty field.  Per-byte calls
 * would cost ~100 us per page. */
static void convert_high_half(iconv_t cd, uint8_t len[128], char utf8[128][3])
{
    char in_buf[256], out_buf[128 * 8];
    for (unsigned k = 0; k < 128; k++) {
        in_buf[2 * k] = (char)(0x80 + k);
        in_buf[2 * k + 1] = '\n';
        len[k] = 0;
    }
    char *in = in_buf, *o = out_buf;
    size_t in_left = sizeof in_buf, out_left = sizeof out_buf;
    iconv(cd, NULL, NULL, NULL, NULL);
    while (in_left > 0) {
        if (iconv(cd, &in, &in_left, &o, &out_left) != (size_t)-1)
            break;
        if (errno == E2BIG)
            break; /* cannot happen: 8 bytes per input byte */
        in++; /* refused: skip it, its field stays empty */
        in_left--;
    }
    iconv(cd, NULL, NULL, &o, &out_left);
    const char *f = out_buf, *end = o;
    for (unsigned k = 0; k < 128 && f < end; k++) {
        const char *nl = memchr(f, '\n', (size_t)(end - f));
        if (!nl)
            break;
        size_t n = (size_t)(nl - f);
        if (n >= 1 && n <= 3) {
            memcpy(utf8[k], f, n);
            len[k] = (uint8_t)n;
        }
        f = nl + 1;
    }
}

static void build_single_byte_table(const html_encoding_info *e, single_byte_table *t)
{
    iconv_t cd = e->iconv ? iconv_open("UTF-8", e->iconv) : (iconv_t)-1;
    if (cd != (iconv_t)-1) {
        convert_high_half(cd, t->len, t->utf8);
        iconv_close(cd);
    } else {
        /* No converter (a libc without gconv modules): Latin-1, so the
         * bytes still arrive as characters. */
        for (unsigned k = 0; k < 128; k++)
            t->len[k] = (uint8_t)utf8_encode(0x80 + k, t->utf8[k]);
    }
    for (unsigned k = 0; k < 128; k++) {
        unsigned b = 0x80 + k;
        t->invalid[k] = false;
        if (t->len[k])
            continue;
        if (e->kind == HTML_DECODER_SINGLE_C1 && b < 0xA0) {
            /* The standard's windows-* indexes map the code points those
             * code pages leave undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in
             * windows-1252) to the C1 controls, where iconv refuses. */
            t->len[k] = (uint8_t)utf8_encode(b, t->utf8[k]);
        } else {
            memcpy(t->utf8[k], REPLACEMENT, 3);
            t->len[k] = 3;
            t->invalid[k] = true;
        }
    }
}

/* Length of the ASCII run at s (8 bytes at a time). */
static size_t ascii_run(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & UINT64_C(0x8080808080808080))
            break;
        i += 8;
    }
    while (i < n && s[i] < 0x80)
        i++;
    return i;
}

static int decode_single_byte(arena *a, const html_encoding_info *e, const unsigned char *s,
                              size_t n, html_decoded *out)
{
    single_byte_table t;
    build_single_byte_table(e, &t);
    size_t len = 0, bad = 0;
    for (size_t i = 0; i < n;) {
        size_t run = ascii_run(s + i, n - i);
        len += run;
        i += run;
        if (i < n) {
            len += t.len[s[i] - 0x80];
            bad += t.invalid[s[i] - 0x80];
            i++;
        }
    }
    char *buf = arena_alloc(a, len + 1);
    if (!buf)
        return PITH_ENOMEM;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        /* Runs of ASCII, the bulk of any page, are copied whole. */
        size_t run = ascii_run(s + i, n - i);
        memcpy(buf + o, s + i, run);
        o += run;
        i += run;
        if (i < n) {
            unsigned k = s[i++] - 0x80;
            memcpy(buf + o, t.utf8[k], t.len[k]);
            o += t.len[k];
        }
    }
    out->invalid_sequences = bad;
    return finish(a, buf, len + 1, o, out);
}

/* A lone byte iconv refuses but the standard's decoder maps. */
static uint32_t lone_byte_code_point(const html_encoding_info *e, unsigned b)
{
    if (b == 0x80 && strcmp(e->iconv, "GB18030") == 0)
        return 0x20AC; /* gb18030 decoder step: 0x80 is the euro sign */
    if (b == 0x80 && strcmp(e->iconv, "CP932") == 0)
        return 0x80; /* Shift_JIS decoder: 0x80 is U+0080 */
    return 0xFFFD;
}

/* The output of the iconv decoder, grown geometrically in the arena. */
typedef struct out_buffer {
    arena *a;
    char *buf;
    size_t cap, len;
} out_buffer;

enum { OUT_SLACK = 32 }; /* room for one U+FFFD or a converter's flush */

static bool reserve(out_buffer *b, size_t extra)
{
    if (b->cap - b->len >= extra + OUT_SLACK)
        return true;
    size_t grown = b->cap + b->cap / 2 + extra + OUT_SLACK;
    char *nb = arena_realloc(b->a, b->buf, b->cap, grown);
    if (!nb)
        return false;
    b->buf = nb;
    b->cap = grown;
    return true;
}

/* Converts one segment and flushes the converter; invalid bytes become
 * U+FFFD (or the standard's mapping for lone bytes) one byte at a time. */
static bool convert_segment(iconv_t cd, const html_encoding_info *e, const unsigned char *s,
                            size_t n, out_buffer *b, size_t *bad)
{
    char *in = (char *)s;
    size_t in_left = n;
    while (in_left > 0) {
        if (!reserve(b, in_left + in_left / 2))
            return false;
        char *o = b->buf + b->len;
        size_t out_left = b->cap - b->len - 1; /* keep a byte for the NUL */
        size_t r = iconv(cd, &in, &in_left, &o, &out_left);
        int err = errno;
        b->len = (size_t)(o - b->buf);
        /* E2BIG: reserve() grows; iconv always made progress, as the
         * slack holds any character. */
        if (r != (size_t)-1 || err == E2BIG)
            continue;
        /* EILSEQ: an invalid byte; EINVAL: a sequence cut by the end.
         * iconv may have filled the slack before stopping. */
        if (!reserve(b, 4))
            return false;
        b->len += utf8_encode(lone_byte_code_point(e, (unsigned char)*in), b->buf + b->len);
        (*bad)++;
        size_t skip = err == EINVAL ? in_left : 1;
        in += skip;
        in_left -= skip;
    }
    /* Converters that compose (BIG5-HKSCS) may hold a character back. */
    if (!reserve(b, 0))
        return false;
    char *o = b->buf + b->len;
    size_t out_left = b->cap - b->len - 1;
    iconv(cd, NULL, NULL, &o, &out_left);
    b->len = (size_t)(o - b->buf);
    return true;
}

/* End of the non-ASCII stretch starting at i: just before the second of
 * two consecutive ASCII bytes.  In the stateless CJK encodings an ASCII
 * byte may be a trail byte, but never a lead, so the byte after an ASCII
 * byte that is itself followed by ASCII always starts a character. */
static size_t segment_end(const unsigned char *s, size_t i, size_t n)
{
    for (size_t k = i + 1; k + 1 < n; k++)
        if (s[k] < 0x80 && s[k + 1] < 0x80)
            return k + 1;
    return n;
}

static int decode_iconv(arena *a, const html_encoding_info *e, const unsigned char *s, size_t n,
                        html_decoded *out)
{
    iconv_t cd = iconv_open("UTF-8", e->iconv);
    if (cd == (iconv_t)-1) {
        /* No converter (a libc without gconv modules): keep the text
         * readable as windows-1252 rather than fail the page. */
        return decode_single_byte(a, html_encoding_info_for_name("windows-1252"), s, n, out);
    }
    /* ISO-2022-JP switches character sets with escapes inside ASCII, so it
     * goes through iconv whole; the others copy ASCII runs themselves,
     * which is most of a page and ~10x faster than glibc's converters. */
    bool stateful = strcmp(e->iconv, "ISO-2022-JP") == 0;
    out_buffer b = { a, NULL, n + n / 2 + OUT_SLACK, 0 }; /* CJK: 2 bytes become 3 */
    b.buf = arena_alloc(a, b.cap);
    size_t bad = 0;
    bool ok = b.buf != NULL;
    for (size_t i = 0; ok && i < n;) {
        if (!stateful) {
            size_t run = ascii_run(s + i, n - i);
            if (run) {
                ok = reserve(&b, run);
                if (!ok)
                    break;
                memcpy(b.buf + b.len, s + i, run);
                b.len += run;
                i += run;
                continue;
            }
        }
        size_t j = stateful ? n : segment_end(s, i, n);
        ok = convert_segment(cd, e, s + i, j - i, &b, &bad);
        i = j;
    }
    iconv_close(cd);
    if (!ok)
        return PITH_ENOMEM;
    out->invalid_sequences = bad;
    return finish(a, b.buf, b.cap, b.len, out);
}

static int decode_as(arena *a, const html_encoding_info *e, const unsigned char *s, size_t n,
                     size_t utf8_valid, html_decoded *out)
{
    switch (e->kind) {
    case HTML_DECODER_UTF8: return decode_utf8(a, s, n, utf8_valid, out);
    case HTML_DECODER_UTF16LE: return decode_utf16(a, s, n, false, out);
    case HTML_DECODER_UTF16BE: return decode_utf16(a, s, n, true, out);
    case HTML_DECODER_SINGLE:
    case HTML_DECODER_SINGLE_C1: return decode_single_byte(a, e, s, n, out);
    case HTML_DECODER_ICONV: return decode_iconv(a, e, s, n, out);
    case HTML_DECODER_USER_DEFINED: return decode_user_defined(a, s, n, out);
    case HTML_DECODER_REPLACEMENT: {
        /* Encoding Standard 14.1: the whole input is one error. */
        char *buf = arena_strndup(a, n ? REPLACEMENT : "", n ? 3 : 0);
        if (!buf)
            return PITH_ENOMEM;
        out->utf8 = buf;
        out->len = n ? 3 : 0;
        out->invalid_sequences = n ? 1 : 0;
        return 0;
    }
    }
    return PITH_EINVAL;
}

/* The encoding when BOM, transport and <meta> leave it open (or when a
 * <meta> may be wrong); *utf8_valid gets the valid UTF-8 prefix length when
 * it was measured, so that UTF-8 is not validated twice. */
static const char *guess_encoding(const unsigned char *s, size_t len, const char *declared,
                                  html_encoding_source *source, size_t *utf8_valid)
{
    bool non_ascii = false;
    size_t valid = html_utf8_valid_prefix(s, len, &non_ascii);
    if (declared) {
        /* Saved and re-served pages were often converted to UTF-8 while
         * their <meta> still names the legacy encoding (a gb2312 or
         * euc-kr page stored as UTF-8).  Text in a legacy multi-byte
         * encoding is practically never valid UTF-8, and Latin text only
         * when it has no accented letter at all, so bytes that are
         * entirely valid, non-ASCII UTF-8 are taken as UTF-8.  Browsers
         * follow the <meta>; an extractor serves the text better. */
        if (valid == len && non_ascii) {
            *source = ENC_FROM_DETECTOR;
            *utf8_valid = valid;
            return "UTF-8";
        }
        return declared;
    }
    /* No BOM, no declaration.  Text that is entirely valid UTF-8 (a
     * sequence cut by the end of a truncated download allowed) and not
     * plain ASCII is UTF-8: legacy encodings almost never produce it. */
    if (valid == len ? non_ascii : html_utf8_is_truncated_tail(s + valid, len - valid)) {
        *source = ENC_FROM_DETECTOR;
        *utf8_valid = valid;
        return "UTF-8";
    }
    const char *name = valid < len ? html_detect_encoding((const char *)s, len) : NULL;
    *source = name ? ENC_FROM_DETECTOR : ENC_FROM_DEFAULT;
    return name ? name : "windows-1252";
}

int html_decode(arena *a, const char *bytes, size_t len, const char *transport, html_decoded *out)
{
    if (!a || !out || (!bytes && len))
        return PITH_EINVAL;
    if (!bytes)
        bytes = "";
    const unsigned char *s = (const unsigned char *)bytes;
    html_encoding_source source = ENC_FROM_DEFAULT;
    size_t utf8_valid = SIZE_MAX;
    const char *name = html_sniff_encoding(bytes, len, transport, &source);
    /* Only a <meta> is second-guessed, never a BOM or the transport. */
    if (!name || (source == ENC_FROM_META && strcmp(name, "UTF-8") != 0))
        name = guess_encoding(s, len, name, &source, &utf8_valid);
    const html_encoding_info *e = html_encoding_info_for_name(name);
    if (!e) /* cannot happen: every name comes from the table */
        return PITH_EINVAL;
    size_t bom_len = 0;
    if (source == ENC_FROM_BOM)
        html_bom_encoding(bytes, len, &bom_len);
    *out = (html_decoded){ .encoding = e->name, .source = source };
    return decode_as(a, e, s + bom_len, len - bom_len, bom_len ? SIZE_MAX : utf8_valid, out);
}
