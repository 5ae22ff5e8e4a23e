/* decode_internal.h - helpers shared by the files of src/html/decode/. */
#ifndef PITH_HTML_DECODE_INTERNAL_H
#define PITH_HTML_DECODE_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "decode.h"
#include "encoding_labels.h"

/* Length of the longest valid UTF-8 prefix of s; *non_ascii (may be NULL)
 * tells whether that prefix holds any non-ASCII character. */
size_t html_utf8_valid_prefix(const unsigned char *s, size_t n, bool *non_ascii);
/* Whether s (1-3 bytes) is the start of a valid sequence cut by the end. */
bool html_utf8_is_truncated_tail(const unsigned char *s, size_t n);
/* Writes s with every invalid sequence replaced by U+FFFD into dst and
 * returns the output length; with dst NULL only measures.  *invalid (may
 * be NULL) gets the number of replacements. */
size_t html_utf8_repair(const unsigned char *s, size_t n, char *dst, size_t *invalid);

/* The uchardet guess mapped to a canonical name, or NULL.  Encodings a
 * guess must never pick (replacement, UTF-16) are refused. */
const char *html_detect_encoding(const char *bytes, size_t len);

#endif
