/* date_parse.c - text -> date: ISO 8601 and RFC 2822 values, and the
 * human formats of news pages ("11.Jan.2022", "11 January 2022",
 * "Jan 11, 2022", "11/01/2022", "2022年1月11日", "11 de enero de 2022",
 * "11 января 2022 г.").  Relative dates ("2 days ago") are never guessed. */
#include "date.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "swar.h"

typedef struct scan {
    const unsigned char *s;
    size_t n;
} scan;

/* The longest word read as a month name, in bytes. */
enum { MONTH_WORD_MAX = 40 };

static unsigned at(const scan *t, size_t i) { return i < t->n ? t->s[i] : 0; }

/* Reads up to `max` digits at *i; returns the count (0: none). */
static int read_num(const scan *t, size_t *i, int max, int *val)
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
static size_t space_len(const scan *t, size_t i)
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

static size_t skip_spaces(const scan *t, size_t i)
{
    size_t k;
    while ((k = space_len(t, i)))
        i += k;
    return i;
}

/* True when byte i belongs to a no-break space or punctuation character
 * (U+00A0-U+00BF: « » · ©; U+2010-U+206F: dashes, quotes, bullets),
 * which ends a word as ASCII punctuation does ("”April 4, 2022"). */
static bool punct_byte(const scan *t, size_t i)
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
static bool is_word_byte(const scan *t, size_t i)
{
    unsigned c = at(t, i);
    if (ascii_is_alpha(c))
        return true;
    return c >= 0x80 && !space_len(t, i) && c != 0xE5 && c != 0xE6 && c != 0xEB && c != 0xEC &&
           !punct_byte(t, i);
}

static size_t word_end(const scan *t, size_t i)
{
    while (i < t->n && is_word_byte(t, i))
        i++;
    return i;
}

static bool word_is(const scan *t, size_t i, size_t e, const char *w)
{
    return slice_eq_nocase(slice_make((const char *)t->s + i, e - i), w);
}

/* A month name is read in two steps.  The scan tries every word next to
 * a number as one, and most are not ("12 people", "iPhone 15"): each
 * format first reads the rest of its shape past the word, and looks the
 * word up only when that fits (the same answers, with a lookup for few
 * words).  month_word_end: the end of the word at i that may be a month
 * name (past an abbreviation dot), or i when no name is that long (or
 * short). */
static size_t month_word_end(const scan *t, size_t i)
{
    size_t e = word_end(t, i);
    if (e == i || e - i > MONTH_WORD_MAX)
        return i;
    return at(t, e) == '.' ? e + 1 : e;
}

/* The month the word at i names, or 0. */
static int month_at(const scan *t, size_t i)
{
    return date_month_lookup(slice_make((const char *)t->s + i, word_end(t, i) - i));
}

/* Between day, month and year: spaces, one of ". , -" and the
 * Spanish/Portuguese "de"/"del". */
static size_t skip_date_glue(const scan *t, size_t i)
{
    i = skip_spaces(t, i);
    if (at(t, i) == '.' || at(t, i) == ',' || at(t, i) == '-' || at(t, i) == '/')
        i = skip_spaces(t, i + 1);
    size_t e = word_end(t, i);
    if (word_is(t, i, e, "de") || word_is(t, i, e, "del"))
        i = skip_spaces(t, e);
    return i;
}

/* Ordinal suffixes after a day number: 1st 2nd 3rd 4th, French 1er,
 * German/Polish "11." */
static size_t skip_ordinal(const scan *t, size_t i)
{
    size_t e = word_end(t, i);
    if (e - i == 2 && (word_is(t, i, e, "st") || word_is(t, i, e, "nd") || word_is(t, i, e, "rd") ||
                       word_is(t, i, e, "th") || word_is(t, i, e, "er")))
        return e;
    return i;
}

static bool four_digit_year(const scan *t, size_t *i, int *y)
{
    size_t k = *i;
    if (read_num(t, &k, 4, y) != 4 || ascii_is_digit(at(t, k)))
        return false;
    *i = k;
    return *y >= 1900 && *y <= 2199;
}

/* Reads "HH:MM[:SS[.fff]][Z|+HH[:MM]| UTC| GMT]" at *i (after an optional
 * 'T' or spaces already skipped by the caller). */
static bool read_time(const scan *t, size_t *i, date_value *d)
{
    size_t k = *i;
    int h, mi, s = 0;
    if (read_num(t, &k, 2, &h) < 1 || at(t, k) != ':')
        return false;
    k++;
    if (read_num(t, &k, 2, &mi) != 2)
        return false;
    if (at(t, k) == ':') {
        size_t k2 = k + 1;
        if (read_num(t, &k2, 2, &s) == 2)
            k = k2;
    }
    if (at(t, k) == '.' || at(t, k) == ',') {
        size_t k2 = k + 1;
        while (ascii_is_digit(at(t, k2)))
            k2++;
        if (k2 > k + 1)
            k = k2;
    }
    if (h > 23 || mi > 59 || s > 60)
        return false;
    d->hour = h, d->minute = mi, d->second = s > 59 ? 59 : s;
    d->has_time = true;
    size_t z = skip_spaces(t, k);
    if (at(t, k) == 'Z') {
        d->has_tz = true, d->tz_minutes = 0;
        k++;
    } else if (at(t, z) == '+' || at(t, z) == '-') {
        int sign = at(t, z) == '-' ? -1 : 1, oh = 0, om = 0;
        size_t k2 = z + 1;
        int nd = read_num(t, &k2, 4, &oh);
        if (nd == 4) {
            om = oh % 100, oh /= 100;
        } else if (nd == 2 && at(t, k2) == ':') {
            size_t k3 = k2 + 1;
            if (read_num(t, &k3, 2, &om) == 2)
                k2 = k3;
        } else if (nd != 2) {
            nd = 0;
        }
        if (nd && oh <= 14 && om < 60) {
            d->has_tz = true;
            d->tz_minutes = sign * (oh * 60 + om);
            k = k2;
        }
    } else {
        size_t e = word_end(t, z);
        if (word_is(t, z, e, "UTC") || word_is(t, z, e, "GMT") || word_is(t, z, e, "Z")) {
            d->has_tz = true, d->tz_minutes = 0;
            k = e;
        }
    }
    *i = k;
    return true;
}

/* A two-digit year closing a dotted date ("11.01.22", "8.5.12"): exactly
 * two digits, not continued by more digits or ".5" (a version number
 * such as 1.2.3.4), and the date not itself continuing one (start > 0
 * after a dot).  Years 00-69 are 20xx, the rest 19xx. */
static bool two_digit_year(const scan *t, size_t start, size_t *i, int *y)
{
    size_t k = *i;
    int v;
    if (start > 0 && (t->s[start - 1] == '.' || t->s[start - 1] == ','))
        return false;
    if (read_num(t, &k, 2, &v) != 2 || ascii_is_digit(at(t, k)))
        return false;
    if ((at(t, k) == '.' || at(t, k) == ',') && ascii_is_digit(at(t, k + 1)))
        return false;
    *i = k;
    *y = v < 70 ? 2000 + v : 1900 + v;
    return true;
}

static bool set_ymd(date_value *d, int y, int m, int day)
{
    if (m < 1 || m > 12 || day < 1 || day > 31 || y < 1900 || y > 2199)
        return false;
    *d = (date_value){ .year = y, .month = m, .day = day };
    return true;
}

/* Tries every format at position i (the start of a token).  On success
 * sets *end past the match. */
static bool match_at(const scan *t, size_t i, date_order order, bool machine, date_value *d,
                     size_t *end)
{
    unsigned c = at(t, i);
    int a, b, y, m;
    size_t k = i;
    if (ascii_is_digit(c)) {
        int nd = read_num(t, &k, 8, &a);
        if (nd == 4) {
            unsigned sep = at(t, k);
            /* 2022-01-11, 2022/01/11, 2022.01.11 (+ time) */
            if (sep == '-' || sep == '/' || sep == '.') {
                size_t k2 = k + 1;
                if (read_num(t, &k2, 2, &m) >= 1 && at(t, k2) == sep) {
                    k2++;
                    if (read_num(t, &k2, 2, &b) >= 1 && set_ymd(d, a, m, b)) {
                        size_t k3 = k2;
                        if (at(t, k3) == 'T' || at(t, k3) == ' ')
                            k3++;
                        if (sep == '-' && read_time(t, &k3, d))
                            k2 = k3;
                        *end = k2;
                        return true;
                    }
                }
            }
            /* 2022年1月11日 (also Korean 2022년 1월 11일) */
            size_t k2 = skip_spaces(t, k);
            bool cjk = at(t, k2) == 0xE5 && at(t, k2 + 1) == 0xB9 && at(t, k2 + 2) == 0xB4;
            bool ko = at(t, k2) == 0xEB && at(t, k2 + 1) == 0x85 && at(t, k2 + 2) == 0x84;
            if (cjk || ko) {
                k2 = skip_spaces(t, k2 + 3);
                if (read_num(t, &k2, 2, &m) >= 1) {
                    k2 = skip_spaces(t, k2);
                    bool mo = cjk ? (at(t, k2) == 0xE6 && at(t, k2 + 1) == 0x9C && at(t, k2 + 2) == 0x88)
                                  : (at(t, k2) == 0xEC && at(t, k2 + 1) == 0x9B && at(t, k2 + 2) == 0x94);
                    if (mo) {
                        k2 = skip_spaces(t, k2 + 3);
                        if (read_num(t, &k2, 2, &b) >= 1 && set_ymd(d, a, m, b)) {
                            *end = k2 + 3 <= t->n ? k2 + 3 : k2;
                            return true;
                        }
                    }
                }
            }
            /* 2022 Jan 11 / 2022, January 11 (never "2026Jan 15": a
             * year glued to a word ends a previous text) */
            k2 = skip_date_glue(t, k);
            size_t w = k2, we = month_word_end(t, w);
            if (k2 > k && we > w) {
                k2 = skip_date_glue(t, we);
                int y2;
                size_t k3;
                if (read_num(t, &k2, 2, &b) >= 1 && !ascii_is_digit(at(t, k2)) && (m = month_at(t, w)) &&
                    set_ymd(d, a, m, b)) {
                    /* "in 2025 Feb 27, 2026" is a year, then "Feb 27, 2026". */
                    k3 = skip_date_glue(t, k2);
                    if (k3 > k2 && four_digit_year(t, &k3, &y2))
                        return false;
                    *end = k2;
                    return true;
                }
            }
            return false;
        }
        if (nd == 8 && machine) {
            /* 20220111 as a whole value */
            if (set_ymd(d, a / 10000, a / 100 % 100, a % 100)) {
                size_t k3 = k;
                if (at(t, k3) == 'T')
                    k3++;
                if (read_time(t, &k3, d))
                    k = k3;
                *end = k;
                return true;
            }
            return false;
        }
        if (nd < 1 || nd > 2)
            return false;
        /* 11.01.2022, 11/01/2022, 01-11-2022 */
        unsigned sep = at(t, k);
        if (sep == '.' || sep == '/' || sep == '-') {
            size_t k2 = k + 1;
            if (read_num(t, &k2, 2, &b) >= 1 && at(t, k2) == sep) {
                k2++;
                if (sep == '.' && two_digit_year(t, i, &k2, &y)) {
                    /* 11.01.22: day first, as always with dots. */
                    if (set_ymd(d, y, b, a)) {
                        *end = k2;
                        return true;
                    }
                    return false;
                }
                if (four_digit_year(t, &k2, &y)) {
                    int day = a, mon = b;
                    /* Machine values with slashes come from software
                     * that writes the US order ("11/01/2023 12:43:42"). */
                    bool month_first = order == DATE_ORDER_MONTH_FIRST || (machine && sep == '/');
                    if (a <= 12 && (b > 12 || (sep != '.' && month_first)))
                        day = b, mon = a;
                    if (set_ymd(d, y, mon, day)) {
                        d->ambiguous = sep != '.' && a <= 12 && b <= 12 && a != b;
                        *end = k2;
                        return true;
                    }
                }
                return false;
            }
        }
        /* 11 January 2022, 11.Jan.2022, 11-jan-2022, 11th of May, 2022,
         * 11 de enero de 2022 */
        size_t k2 = skip_ordinal(t, k);
        k2 = skip_date_glue(t, k2);
        size_t e = word_end(t, k2);
        if (word_is(t, k2, e, "of"))
            k2 = skip_spaces(t, e);
        size_t w = k2, we = month_word_end(t, w);
        if (we > w) {
            k2 = skip_date_glue(t, we);
            if (four_digit_year(t, &k2, &y) && (m = month_at(t, w)) && set_ymd(d, y, m, a)) {
                if (machine) {
                    size_t k3 = skip_spaces(t, k2);
                    if (read_time(t, &k3, d))
                        k2 = k3;
                }
                *end = k2;
                return true;
            }
        }
        return false;
    }
    /* Jan 11, 2022 / January 11th 2022 / Tue, 11 Jan 2022 starts with a
     * weekday, which the scan skips as an unknown word. */
    size_t w = k, we = month_word_end(t, w);
    if (we > w) {
        k = skip_date_glue(t, we);
        if (read_num(t, &k, 2, &a) >= 1) {
            k = skip_ordinal(t, k);
            k = skip_date_glue(t, k);
            if (four_digit_year(t, &k, &y) && (m = month_at(t, w)) && set_ymd(d, y, m, a)) {
                if (machine) {
                    size_t k3 = skip_spaces(t, k);
                    if (read_time(t, &k3, d))
                        k = k3;
                }
                *end = k;
                return true;
            }
        }
    }
    return false;
}

/* The first ASCII digit at or after i, or t->n.  Eight bytes at a time:
 * XOR with '0' maps the digits, and only them, to bytes below 10, which
 * the borrow trick finds (bytes >= 0x80 never look small); the bytes of a
 * hit word are then read one by one. */
static size_t next_digit(const scan *t, size_t i)
{
    while (i + 8 <= t->n) {
        if (swar_any_below(swar_load(t->s + i) ^ (SWAR_ONES * '0'), 10))
            break;
        i += 8;
    }
    while (i < t->n && !ascii_is_digit(t->s[i]))
        i++;
    return i;
}

/* A byte that can stand between a month name and the number after it,
 * as month_word_end (its abbreviation dot) and skip_date_glue step: spaces
 * (also the bytes of U+00A0 and U+2000-U+200B, U+202F), ". , - /" and
 * the letters of "de"/"del".  A superset, only used to bound a search. */
static bool glue_byte(unsigned c)
{
    return ascii_is_space(c) || c == '.' || c == ',' || c == '-' || c == '/' || (c | 0x20u) == 'd' ||
           (c | 0x20u) == 'e' || (c | 0x20u) == 'l' || c == 0xC2 || c == 0xE2 ||
           (c >= 0x80 && c <= 0x8B) || c == 0xA0 || c == 0xAF;
}

/* `glued`: a number may start right after a letter, as in text joined
 * from several elements ("Fagus-Werk Alfeld2. Oktober 2015"). */
static bool find(slice text, date_order order, bool machine, bool glued, date_value *out, size_t *at_,
                 size_t *end_)
{
    scan t = { (const unsigned char *)text.ptr, text.ptr ? text.len : 0 };
    /* Every date holds a digit, and a date that starts with a word starts
     * with a month name (at most MONTH_WORD_MAX bytes) that only glue
     * bytes separate from its first digit.  So the tokens worth trying lie
     * just before each digit: the scan jumps from digit to digit and tries
     * the tokens of a short window before it (most text nodes hold no
     * digit at all, and are passed over at memchr-like speed). */
    size_t from = 0;
    for (;;) {
        size_t digit = next_digit(&t, from);
        if (digit == t.n)
            return false;
        size_t g = digit;
        while (g > from && glue_byte(t.s[g - 1]))
            g--;
        /* A month name ends at or after g: it is the word holding the byte
         * before g, or lies within the glue ("de"). */
        size_t lo = g - from > MONTH_WORD_MAX + 8 ? g - (MONTH_WORD_MAX + 8) : from;
        size_t i = g;
        while (i > lo && is_word_byte(&t, i - 1))
            i--;
        for (; i <= digit; i++) {
            unsigned c = t.s[i];
            bool is_digit = ascii_is_digit(c);
            if (!is_digit && !is_word_byte(&t, i))
                continue;
            /* Only at the start of a token. */
            if (i > 0) {
                unsigned p = t.s[i - 1];
                if (is_digit ? ascii_is_digit(p) : is_word_byte(&t, i - 1))
                    continue;
                if (is_digit && !glued && ascii_is_alpha(p))
                    continue;
            }
            size_t end;
            date_value d;
            if (match_at(&t, i, order, machine, &d, &end)) {
                /* A date glued to more digits (a phone number, an id) is not a date. */
                if (ascii_is_digit(at(&t, end)))
                    continue;
                *out = d;
                if (at_)
                    *at_ = i;
                if (end_)
                    *end_ = end;
                return true;
            }
            if (!is_digit)
                i = word_end(&t, i) - 1;
        }
        from = digit + 1;
    }
}

bool date_find(slice text, date_order order, date_value *out, size_t *at_, size_t *end_)
{
    return find(text, order, false, false, out, at_, end_);
}

bool date_find_glued(slice text, date_order order, date_value *out, size_t *at_, size_t *end_)
{
    return find(text, order, false, true, out, at_, end_);
}

bool date_parse(slice s, date_order order, date_value *out)
{
    return find(slice_trim(s), order, true, false, out, NULL, NULL);
}

bool date_from_url(slice url, date_value *out)
{
    scan t = { (const unsigned char *)url.ptr, url.ptr ? url.len : 0 };
    /* Only the path: skip the scheme and host. */
    size_t i = 0;
    long p = slice_find_nocase(url, "://");
    if (p >= 0) {
        i = (size_t)p + 3;
        while (i < t.n && t.s[i] != '/')
            i++;
    }
    for (; i < t.n; i++) {
        if (t.s[i] == '?' || t.s[i] == '#')
            break;
        if (t.s[i] != '/' && t.s[i] != '-' && t.s[i] != '_')
            continue;
        size_t k = i + 1;
        int y, m, d;
        int nd = read_num(&t, &k, 8, &y);
        if (nd == 8 && !ascii_is_digit(at(&t, k))) {
            if (set_ymd(out, y / 10000, y / 100 % 100, y % 100))
                return true;
            continue;
        }
        if (nd != 4 || y < 1900)
            continue;
        unsigned sep = at(&t, k);
        if (sep != '/' && sep != '-' && sep != '_')
            continue;
        k++;
        /* /2023/10/03/, also /2023/october/03/ */
        int day_digits = 2;
        if (read_num(&t, &k, 2, &m) != 2) {
            size_t e = k;
            while (e < t.n && ascii_is_alpha(t.s[e]))
                e++;
            m = e > k ? date_month_lookup(slice_make((const char *)t.s + k, e - k)) : 0;
            if (!m)
                continue;
            k = e;
            day_digits = 1;
        }
        if (at(&t, k) != sep)
            continue;
        k++;
        if (read_num(&t, &k, 2, &d) < day_digits || ascii_is_digit(at(&t, k)))
            continue;
        if (set_ymd(out, y, m, d))
            return true;
    }
    return false;
}

static int days_in_month(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

bool date_is_real(const date_value *d)
{
    return d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= days_in_month(d->year, d->month);
}

int date_cmp_day(const date_value *a, const date_value *b)
{
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if (a->month != b->month)
        return a->month < b->month ? -1 : 1;
    if (a->day != b->day)
        return a->day < b->day ? -1 : 1;
    return 0;
}

bool date_valid(const date_value *d, time_t now)
{
    if (!date_is_real(d))
        return false;
    if (d->year < DATE_MIN_YEAR)
        return false;
    struct tm tm;
    if (!gmtime_r(&now, &tm))
        return false;
    /* A page served in a time zone ahead of UTC may show tomorrow's date. */
    date_value today = { .year = tm.tm_year + 1900, .month = tm.tm_mon + 1, .day = tm.tm_mday };
    if (today.day < days_in_month(today.year, today.month)) {
        today.day++;
    } else if (today.month < 12) {
        today.month++, today.day = 1;
    } else {
        today.year++, today.month = 1, today.day = 1;
    }
    return date_cmp_day(d, &today) <= 0;
}

slice date_format(arena *a, const date_value *d)
{
    char tmp[48];
    int n;
    if (!d->has_time) {
        n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", d->year, d->month, d->day);
    } else if (!d->has_tz) {
        n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d:%02d", d->year, d->month, d->day,
                     d->hour, d->minute, d->second);
    } else if (d->tz_minutes == 0) {
        n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d:%02dZ", d->year, d->month, d->day,
                     d->hour, d->minute, d->second);
    } else {
        int off = d->tz_minutes < 0 ? -d->tz_minutes : d->tz_minutes;
        n = snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d->year, d->month,
                     d->day, d->hour, d->minute, d->second, d->tz_minutes < 0 ? '-' : '+', off / 60,
                     off % 60);
    }
    if (n < 0 || (size_t)n >= sizeof tmp)
        return slice_make(NULL, 0);
    return arena_slice_dup(a, slice_make(tmp, (size_t)n));
}
