/* decode.h - bytes to UTF-8: the HTML Standard's encoding sniffing
 * (13.2.3) and decoding with iconv.
 *
 * Order: BOM; the transport charset (an HTTP Content-Type charset) given by
 * the caller; the <meta> prescan of the first 1024 bytes; a statistical
 * detector (uchardet) as the last resort; windows-1252 when all else fails.
 * Labels are mapped as the Encoding Standard maps them (latin1 and ascii
 * mean windows-1252, utf-16 metas mean UTF-8, ...).  Invalid sequences
 * become U+FFFD; nothing is dropped and nothing crashes. */
#ifndef PITH_HTML_DECODE_H
#define PITH_HTML_DECODE_H

#include <stddef.h>

#include "../../core/arena.h"
#include "../../core/slice.h"

typedef enum html_encoding_source {
    ENC_FROM_BOM,
    ENC_FROM_TRANSPORT,
    ENC_FROM_META,
    ENC_FROM_DETECTOR,
    ENC_FROM_DEFAULT,
} html_encoding_source;

typedef struct html_decoded {
    const char *utf8; /* NUL-terminated, in the arena (or the input itself) */
    size_t len;
    const char *encoding; /* canonical Encoding Standard name, static */
    html_encoding_source source;
    size_t invalid_sequences; /* replaced by U+FFFD */
} html_decoded;

/* Maps a label ("latin1", " UTF-8 ", "x-sjis") to its canonical Encoding
 * Standard name ("windows-1252", "UTF-8", "Shift_JIS"); NULL if unknown. */
const char *html_encoding_for_label(slice label);

/* The sniffing algorithm without the detector: BOM, transport, prescan.
 * Returns the canonical name, or NULL when none of them decides. */
const char *html_sniff_encoding(const char *bytes, size_t len, const char *transport,
                                html_encoding_source *source);

/* The <meta> prescan alone (HTML Standard "prescan a byte stream to
 * determine its encoding"); NULL when it finds nothing. */
const char *html_prescan_encoding(const char *bytes, size_t len);

/* Sniffs and decodes.  `transport` may be NULL.  Output goes into `a`
 * (valid UTF-8 input is used in place when no BOM has to be skipped... the
 * implementation may copy).  Returns 0 or a negative PITH_E... code. */
int html_decode(arena *a, const char *bytes, size_t len, const char *transport,
                html_decoded *out);

#endif
