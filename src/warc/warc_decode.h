/* warc_decode.h - undoing HTTP transfer and content codings on a payload
 * held in memory (RFC 9112 7.1 chunked; RFC 9110 8.4.1 gzip, deflate;
 * RFC 7932 br).  Every decoder stops at `max` output bytes, so a small
 * compressed body cannot expand into a memory bomb.
 *
 * Real crawls are untidy: servers send "Content-Encoding: gzip" over plain
 * bytes, and some archivers store the decoded body but keep the header.
 * When a body does not start like its claimed coding, the decoders report
 * WARC_DECODE_NOT_ENCODED and the caller uses the bytes as they are. */
#ifndef PITH_WARC_DECODE_H
#define PITH_WARC_DECODE_H

#include <stdbool.h>
#include "core/buf.h"
#include "core/slice.h"

enum {
    WARC_DECODE_NOT_ENCODED = 1, /* the input does not carry this coding */
};

/* Chunked transfer coding.  A body cut inside a chunk keeps the bytes that
 * arrived.  Returns 0, WARC_DECODE_NOT_ENCODED when the first chunk-size
 * line is not hexadecimal, PITH_ELIMIT past max, PITH_ENOMEM. */
int warc_decode_chunked(slice in, size_t max, buf *out);

typedef enum warc_coding {
    WARC_CODING_GZIP,
    WARC_CODING_DEFLATE, /* zlib-wrapped, or raw deflate as some servers send */
    WARC_CODING_BROTLI,
} warc_coding;

/* Decompresses one content coding.  A truncated stream keeps what was
 * decoded.  Returns 0, WARC_DECODE_NOT_ENCODED, PITH_EFORMAT (corrupt,
 * nothing usable), PITH_ELIMIT past max, PITH_EINVAL when the coding is not
 * built in (brotli without libbrotlidec), PITH_ENOMEM. */
int warc_decode_content(warc_coding coding, slice in, size_t max, buf *out);

/* WHATWG MIME Sniffing 7.1, the HTML patterns of "identifying an unknown
 * MIME type": does the payload start like an HTML document? */
bool warc_sniff_html(slice payload);

#endif
