/* json_string.c - JSON strings (RFC 8259 section 7): finding the closing
 * quote, eight bytes at a time, and decoding escapes.  \uXXXX escapes are
 * decoded, surrogate pairs joined, and a lone surrogate written in its
 * 3-byte form (WTF-8); tolerant mode also reads single-quoted strings,
 * raw control characters and unknown escapes (\' gives '). */
#include "json_read.h"

#include <stdint.h>

#include "ascii.h"
#include "swar.h"

static int hex4(const unsigned char *s, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = s[i];
        if (!ascii_is_hex(c))
            return -1;
        v = v * 16 + (ascii_is_digit(c) ? c - '0' : ascii_lower(c) - 'a' + 10);
    }
    *out = v;
    return 0;
}

/* Generalised UTF-8: lone surrogates get their 3-byte form (WTF-8). */
static size_t put_utf8(unsigned char *o, unsigned cp)
{
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Two passes: find the closing quote (and whether any escape needs
 * decoding), then decode into the arena only when one does. */
int json_read_string(json_reader *p, slice *out)
{
    unsigned char quote = p->s[p->pos];
    size_t start = ++p->pos, i = start;
    bool escaped = false;
    /* First pass: find the end and whether decoding is needed.  Runs of
     * eight bytes that hold no quote, backslash or (strictly read)
     * control character are passed over at once. */
    for (;; i++) {
        while (i + 8 <= p->len) {
            uint64_t x = swar_load(p->s + i);
            if (swar_bytes_equal(x, quote) | swar_bytes_equal(x, '\\') |
                (p->tolerant ? 0 : swar_any_below(x, 0x20)))
                break;
            i += 8;
        }
        if (i >= p->len) {
            p->pos = start - 1;
            return json_syntax(p, "unterminated string");
        }
        unsigned c = p->s[i];
        if (c == quote)
            break;
        if (c == '\\') {
            escaped = true;
            i++;
        } else if (c < 0x20 && !p->tolerant) {
            p->pos = i;
            return json_syntax(p, "control character in string");
        }
    }
    size_t end = i;
    p->pos = end + 1;
    if (!escaped) {
        *out = slice_make((const char *)p->s + start, end - start);
        return 0;
    }
    /* Decoded text is never longer than its escaped source. */
    unsigned char *o = arena_alloc(p->a, end - start + 1);
    if (!o)
        return PITH_ENOMEM;
    size_t n = 0;
    for (i = start; i < end; i++) {
        unsigned c = p->s[i];
        if (c != '\\') {
            o[n++] = (unsigned char)c;
            continue;
        }
        c = p->s[++i];
        switch (c) {
        case '"': case '\\': case '/': o[n++] = (unsigned char)c; break;
        case 'b': o[n++] = '\b'; break;
        case 'f': o[n++] = '\f'; break;
        case 'n': o[n++] = '\n'; break;
        case 'r': o[n++] = '\r'; break;
        case 't': o[n++] = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            /* The four hex digits sit at i+1..i+4, before the quote. */
            if (i + 4 >= end || hex4(p->s + i + 1, &cp) < 0) {
                if (!p->tolerant) {
                    p->pos = i - 1;
                    return json_syntax(p, "bad \\u escape");
                }
                o[n++] = 'u';
                break;
            }
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < end && p->s[i + 1] == '\\' &&
                p->s[i + 2] == 'u' && hex4(p->s + i + 3, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            }
            n += put_utf8(o + n, cp);
            break;
        }
        default:
            if (!p->tolerant) {
                p->pos = i - 1;
                return json_syntax(p, "bad escape");
            }
            o[n++] = (unsigned char)c;
        }
    }
    o[n] = '\0';
    *out = slice_make((const char *)o, n);
    return 0;
}
