/* warc_decode.c - chunked transfer coding, gzip/deflate/br content codings
 * and HTML sniffing for WARC payloads. */
#include "warc_decode.h"

#include <stdint.h>
#include <string.h>
#include <zlib.h>

#ifdef PITH_HAVE_BROTLI
#include <brotli/decode.h>
#endif

#include "core/ascii.h"
#include "pith.h"

enum { DECODE_STEP = 64 * 1024 }; /* output grows by this much per decoder call */

/* ---- chunked ----------------------------------------------------------- */

/* Parses "HEX[;ext]CRLF" at *pos.  Returns the size, or -1 when the line is
 * not a chunk-size line. */
static long long chunk_size_line(slice in, size_t *pos)
{
    size_t i = *pos;
    unsigned long long size = 0;
    int digits = 0;
    while (i < in.len && (in.ptr[i] == ' ' || in.ptr[i] == '\t'))
        i++;
    while (i < in.len && ascii_is_hex((unsigned char)in.ptr[i])) {
        unsigned c = (unsigned char)in.ptr[i++];
        unsigned v = ascii_is_digit(c) ? c - '0' : ascii_lower(c) - 'a' + 10;
        if (size > (UINT64_MAX >> 5))
            return -1; /* absurd: more digits than any real chunk */
        size = size * 16 + v;
        digits++;
    }
    if (!digits)
        return -1;
    /* Optional whitespace, then a chunk extension or the end of the line. */
    while (i < in.len && (in.ptr[i] == ' ' || in.ptr[i] == '\t'))
        i++;
    if (i < in.len && in.ptr[i] != ';' && in.ptr[i] != '\r' && in.ptr[i] != '\n')
        return -1;
    while (i < in.len && in.ptr[i] != '\n')
        i++;
    if (i < in.len)
        i++; /* the LF */
    *pos = i;
    return size > (unsigned long long)INT64_MAX ? -1 : (long long)size;
}

int warc_decode_chunked(slice in, size_t max, buf *out)
{
    size_t pos = 0;
    bool first = true;
    while (pos < in.len) {
        long long size = chunk_size_line(in, &pos);
        if (size < 0) {
            if (first)
                return WARC_DECODE_NOT_ENCODED;
            break; /* garbage after some chunks: keep what we have */
        }
        first = false;
        if (size == 0)
            break; /* last-chunk; trailers are ignored */
        size_t take = (unsigned long long)size < in.len - pos ? (size_t)size : in.len - pos;
        if (out->len + take > max)
            return PITH_ELIMIT;
        buf_append(out, in.ptr + pos, take);
        pos += take;
        /* CRLF after the chunk data (tolerate a bare LF or none). */
        if (pos < in.len && in.ptr[pos] == '\r')
            pos++;
        if (pos < in.len && in.ptr[pos] == '\n')
            pos++;
    }
    if (first)
        return WARC_DECODE_NOT_ENCODED;
    return out->failed ? PITH_ENOMEM : 0;
}

/* ---- gzip / deflate ------------------------------------------------------ */

/* Runs zlib with the given window bits over all of `in`. */
static int inflate_all(slice in, int window_bits, size_t max, buf *out)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, window_bits) != Z_OK)
        return PITH_ENOMEM;
    size_t start = out->len;
    const unsigned char *next = (const unsigned char *)in.ptr;
    size_t left = in.len;
    int rc = 0;
    for (;;) {
        if (!buf_reserve(out, DECODE_STEP)) {
            rc = PITH_ENOMEM;
            break;
        }
        /* zlib counts in uInt; feed very large inputs in pieces. */
        uInt feed = left > (1u << 30) ? (1u << 30) : (uInt)left;
        z.next_in = (unsigned char *)next;
        z.avail_in = feed;
        z.next_out = (unsigned char *)out->data + out->len;
        z.avail_out = DECODE_STEP;
        int zr = inflate(&z, Z_NO_FLUSH);
        size_t used = feed - z.avail_in;
        next += used;
        left -= used;
        out->len += DECODE_STEP - z.avail_out;
        if (out->len - start > max) {
            rc = PITH_ELIMIT;
            break;
        }
        if (zr == Z_STREAM_END) {
            /* Another gzip member may follow (RFC 1952 allows several). */
            if (window_bits > 15 && left >= 2 && next[0] == 0x1f && next[1] == 0x8b) {
                inflateReset(&z);
                continue;
            }
            break;
        }
        if (zr == Z_OK)
            continue;
        if (zr == Z_BUF_ERROR) {
            if (left == 0)
                break; /* truncated body: keep what was decoded */
            continue;
        }
        if (zr == Z_MEM_ERROR) {
            rc = PITH_ENOMEM;
            break;
        }
        /* Corrupt: usable only if something came out before the damage. */
        rc = out->len > start ? 0 : PITH_EFORMAT;
        break;
    }
    inflateEnd(&z);
    return rc;
}

#ifdef PITH_HAVE_BROTLI
static int unbrotli_all(slice in, size_t max, buf *out)
{
    BrotliDecoderState *s = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (!s)
        return PITH_ENOMEM;
    size_t start = out->len;
    const uint8_t *next = (const uint8_t *)in.ptr;
    size_t left = in.len;
    int rc = 0;
    for (;;) {
        if (!buf_reserve(out, DECODE_STEP)) {
            rc = PITH_ENOMEM;
            break;
        }
        uint8_t *dst = (uint8_t *)out->data + out->len;
        size_t room = DECODE_STEP;
        BrotliDecoderResult r = BrotliDecoderDecompressStream(s, &left, &next, &room, &dst, NULL);
        out->len += DECODE_STEP - room;
        if (out->len - start > max) {
            rc = PITH_ELIMIT;
            break;
        }
        if (r == BROTLI_DECODER_RESULT_SUCCESS)
            break;
        if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT)
            continue;
        if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
            break; /* truncated: keep what was decoded */
        rc = out->len > start ? 0 : PITH_EFORMAT;
        break;
    }
    BrotliDecoderDestroyInstance(s);
    return rc;
}
#endif

int warc_decode_content(warc_coding coding, slice in, size_t max, buf *out)
{
    const unsigned char *p = (const unsigned char *)in.ptr;
    int rc;
    switch (coding) {
    case WARC_CODING_GZIP:
        if (in.len < 2 || p[0] != 0x1f || p[1] != 0x8b)
            return WARC_DECODE_NOT_ENCODED;
        return inflate_all(in, 15 + 16, max, out);
    case WARC_CODING_DEFLATE:
        /* RFC 9110 means zlib format; many servers send raw deflate. */
        if (in.len >= 2 && (p[0] & 0x0f) == 8 && ((p[0] << 8) | p[1]) % 31 == 0)
            return inflate_all(in, 15, max, out);
        if (warc_sniff_html(in))
            return WARC_DECODE_NOT_ENCODED;
        return inflate_all(in, -15, max, out);
    case WARC_CODING_BROTLI:
#ifdef PITH_HAVE_BROTLI
        rc = unbrotli_all(in, max, out);
        /* Brotli has no magic number: plain HTML under a "br" label fails
         * at once, and is then taken as it is. */
        if (rc == PITH_EFORMAT && warc_sniff_html(in))
            return WARC_DECODE_NOT_ENCODED;
        return rc;
#else
        (void)rc;
        return warc_sniff_html(in) ? WARC_DECODE_NOT_ENCODED : PITH_EINVAL;
#endif
    }
    return PITH_EINVAL;
}

/* ---- sniffing ------------------------------------------------------------ */

bool warc_sniff_html(slice s)
{
    /* The patterns of MIME Sniffing 7.1, each followed by a tag-terminating
     * byte (SP or '>'). */
    static const char *const patterns[] = {
        "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a",
        "<style", "<title", "<b", "<body", "<br", "<p", "<!--",
    };
    size_t i = 0;
    if (s.len >= 3 && memcmp(s.ptr, "\xef\xbb\xbf", 3) == 0)
        i = 3; /* a UTF-8 byte order mark */
    while (i < s.len && (ascii_is_space((unsigned char)s.ptr[i])))
        i++;
    for (size_t k = 0; k < sizeof patterns / sizeof *patterns; k++) {
        size_t n = strlen(patterns[k]);
        if (s.len - i <= n)
            continue;
        size_t j = 0;
        while (j < n && ascii_lower((unsigned char)s.ptr[i + j]) == (unsigned char)patterns[k][j])
            j++;
        if (j == n && (s.ptr[i + n] == ' ' || s.ptr[i + n] == '>'))
            return true;
    }
    return false;
}
