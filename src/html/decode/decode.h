/* decode.h - bytes to UTF-8: the HTML Standard's encoding sniffing
 * (13.2.3) and decoding with iconv.
 *
 * Order: BOM; the transport charset (an HTTP Content-Type charset) given by
 * the caller; the <meta> prescan of the first 16 KiB (or an XML
 * declaration); then, when none decided: valid non-ASCII UTF-8 is UTF-8, a
 * statistical detector (uchardet) guesses, windows-1252 when all else
 * fails.  A <meta> naming a legacy encoding gives way to bytes that are
 * entirely valid non-ASCII UTF-8 (see html_decode).
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
    const char *utf8; /* NUL-terminated, in the arena */
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

/* The byte order mark at the start of `bytes`: "UTF-8", "UTF-16LE",
 * "UTF-16BE" with *bom_len set, or NULL (*bom_len 0). */
const char *html_bom_encoding(const char *bytes, size_t len, size_t *bom_len);

/* "Extracting a character encoding from a meta element" applied to a
 * content value or an HTTP Content-Type ("text/html; charset=koi8-r");
 * NULL when it names no known encoding. */
const char *html_encoding_from_content_type(slice content);

/* HTML Standard "get an XML encoding": the encoding of a leading
 * <?xml ... encoding="..."?> declaration (UTF-16 labels mean UTF-8). */
const char *html_xml_declared_encoding(const char *bytes, size_t len);

/* Sniffs and decodes.  `transport` may be NULL; it is a label ("utf-8") or
 * a Content-Type value ("text/html; charset=utf-8").  A <meta> naming a
 * legacy encoding is overruled when the bytes are entirely valid,
 * non-ASCII UTF-8 (pages converted to UTF-8 keep their old <meta>); the
 * source is then ENC_FROM_DETECTOR.  When BOM, transport
 * and <meta> (or an XML declaration) say nothing: text that is valid UTF-8
 * and not pure ASCII is UTF-8, otherwise uchardet guesses, otherwise
 * windows-1252.  The output is always a copy in `a`, valid UTF-8 and
 * NUL-terminated (U+0000 bytes in the input are kept; the tokenizer deals
 * with them).  Returns 0, PITH_ENOMEM (arena exhausted or over its limit)
 * or PITH_EINVAL (NULL arguments). */
int html_decode(arena *a, const char *bytes, size_t len, const char *transport,
                html_decoded *out);

#endif
