/* utf8.h - UTF-8 encoding and stepping, shared by every layer.
 *
 * Inline because the tokenizer and the decoder call them per character.
 * Callers that must not emit surrogates or values past U+10FFFF check
 * before encoding (the rules differ: the decoder maps, the tokenizer
 * reports a parse error). */
#ifndef PITH_CORE_UTF8_H
#define PITH_CORE_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Writes cp (< 0x110000) as 1-4 bytes to out and returns the count. */
static inline size_t utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

#endif
