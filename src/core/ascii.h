/* ascii.h - locale-independent ASCII classification (HTML never uses the
 * C locale's idea of a letter or a space). */
#ifndef PITH_CORE_ASCII_H
#define PITH_CORE_ASCII_H

#include <stdbool.h>

/* HTML's ASCII whitespace: TAB, LF, FF, CR, SPACE. */
static inline bool ascii_is_space(unsigned c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}
static inline bool ascii_is_upper(unsigned c) { return c >= 'A' && c <= 'Z'; }
static inline bool ascii_is_lower(unsigned c) { return c >= 'a' && c <= 'z'; }
static inline bool ascii_is_alpha(unsigned c) { return ascii_is_upper(c) || ascii_is_lower(c); }
static inline bool ascii_is_digit(unsigned c) { return c >= '0' && c <= '9'; }
static inline bool ascii_is_alnum(unsigned c) { return ascii_is_alpha(c) || ascii_is_digit(c); }
static inline bool ascii_is_hex(unsigned c)
{
    return ascii_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline unsigned ascii_lower(unsigned c) { return ascii_is_upper(c) ? c + 32 : c; }
static inline unsigned ascii_upper(unsigned c) { return ascii_is_lower(c) ? c - 32 : c; }

#endif
