/* date_scan.h - private to the date parser (date_parse.c, date_numeric.c,
 * date_words.c, date_url.c): the byte cursor over the text and the token
 * readers every format shares.  The readers are `static inline` because
 * the scan calls them on every byte it tries; out-of-line calls between
 * the files would cost in the hottest loop of the metadata.  The format
 * matchers below are plain functions: the scan calls them once per
 * candidate token, which is rare. */
#ifndef PITH_CORE_DATE_SCAN_H
#define PITH_CORE_DATE_SCAN_H

#include <stddef.h>

#include "ascii.h"
#include "date.h"

typedef struct scan {
    const unsigned char *s;
    size_t n;
} scan;

/* The longest word read as a month name, in bytes. */
enum { MONTH_WORD_MAX = 40 };

/* The byte at i, or 0 past the end: the readers never test the length. */
static inline unsigned at(const scan *t, size_t i) { return i < t->n ? t->s[i] : 0; }

/* Reads up to `max` digits at *i; returns the count (0: none). */
static inline int read_num(const scan *t, size_t *i, int max, int *val)
{
    int d = 0, v = 0;
    while (ascii_is_digit(at(t, *i))) {
        if (d == max)
            return 0; /* too many digits: a different kind of number */
        v = v * 10 + (int)(at(t, *i) - '0');
        d++;
        (*i)++;
    }
    *val = v;
    return d;
}

/* Space: ASCII whitespace, U+00A0, U+2000-U+200B, U+202F. */
static inline size_t space_len(const scan *t, size_t i)
{
    unsigned c = at(t, i);
    if (ascii_is_space(c))
        return 1;
    if (c == 0xC2 && at(t, i + 1) == 0xA0)
        return 2;
    if (c == 0xE2 && at(t, i + 1) == 0x80 && (at(t, i + 2) <= 0x8B || at(t, i + 2) == 0xAF))
        return 3;
    return 0;
}

static inline size_t skip_spaces(const scan *t, size_t i)
{
    size_t k;
    while ((k = space_len(t, i)))
        i += k;
    return i;
}

/* True when byte i belongs to a no-break space or punctuation character
 * (U+00A0-U+00BF: « » · ©; U+2010-U+206F: dashes, quotes, bullets),
 * which ends a word as ASCII punctuation does ("”April 4, 2022"). */
static inline bool punct_byte(const scan *t, size_t i)
{
    size_t k = i;
    while (k > 0 && i - k < 3 && (t->s[k] & 0xC0) == 0x80)
        k--;
    unsigned c = t->s[k], d = at(t, k + 1);
    if (c == 0xC2)
        return d >= 0xA0 && d <= 0xBF;
    if (c == 0xE2)
        return (d == 0x80 && at(t, k + 2) >= 0x90) || d == 0x81;
    return false;
}

/* A letter of a word: ASCII letters and any non-ASCII byte that is not a
 * space, punctuation or CJK date mark. */
static inline bool is_word_byte(const scan *t, size_t i)
{
    unsigned c = at(t, i);
    if (ascii_is_alpha(c))
        return true;
    return c >= 0x80 && !space_len(t, i) && c != 0xE5 && c != 0xE6 && c != 0xEB && c != 0xEC &&
           !punct_byte(t, i);
}

static inline size_t word_end(const scan *t, size_t i)
{
    while (i < t->n && is_word_byte(t, i))
        i++;
    return i;
}

static inline bool word_is(const scan *t, size_t i, size_t e, const char *w)
{
    return slice_eq_nocase(slice_make((const char *)t->s + i, e - i), w);
}

static inline bool four_digit_year(const scan *t, size_t *i, int *y)
{
    size_t k = *i;
    if (read_num(t, &k, 4, y) != 4 || ascii_is_digit(at(t, k)))
        return false;
    *i = k;
    return *y >= 1900 && *y <= 2199;
}

/* Sets *d to the date when its fields are in range, else leaves it. */
static inline bool set_ymd(date_value *d, int y, int m, int day)
{
    if (m < 1 || m > 12 || day < 1 || day > 31 || y < 1900 || y > 2199)
        return false;
    *d = (date_value){ .year = y, .month = m, .day = day };
    return true;
}

/* The format matchers.  Each reads the rest of one shape of date from a
 * token the scan has already started to read, sets *d and *end (past the
 * match) and returns true, or returns false.  `k` is the position past
 * the first number, whose value is given; `machine`: a meta or attribute
 * value, where a time may follow the date. */

/* date_numeric.c: dates written in digits. */
bool date_read_time(const scan *t, size_t *i, date_value *d);
bool date_match_iso(const scan *t, size_t k, int year, date_value *d, size_t *end);
bool date_match_cjk(const scan *t, size_t k, int year, date_value *d, size_t *end);
bool date_match_compact(const scan *t, size_t k, int ymd, date_value *d, size_t *end);
bool date_match_numerals(const scan *t, size_t start, size_t k, int first, date_order order,
                         bool machine, date_value *d, size_t *end);

/* date_words.c: dates with a month name. */
bool date_match_year_month_name(const scan *t, size_t k, int year, date_value *d, size_t *end);
bool date_match_day_month_name(const scan *t, size_t k, int day, bool machine, date_value *d,
                               size_t *end);
bool date_match_month_name_first(const scan *t, size_t i, bool machine, date_value *d, size_t *end);

#endif
