/* date_numeric.c - dates written in digits: ISO 8601 (2022-01-11, with
 * time and offset), its relatives 2022/01/11 and 2022.01.11, the compact
 * 20220111 of machine values, CJK 2022年1月11日 (Korean 2022년 1월 11일),
 * and day/month numerals read in the page's order (11.01.2022,
 * 11/01/2022, 01-11-2022, 11.01.22). */
#include "date_scan.h"

/* Reads "HH:MM[:SS[.fff]][Z|+HH[:MM]| UTC| GMT]" at *i (after an optional
 * 'T' or spaces already skipped by the caller). */
bool date_read_time(const scan *t, size_t *i, date_value *d)
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

/* 2022-01-11, 2022/01/11, 2022.01.11; a time only after dashes (ISO). */
bool date_match_iso(const scan *t, size_t k, int year, date_value *d, size_t *end)
{
    unsigned sep = at(t, k);
    int m, b;
    if (sep != '-' && sep != '/' && sep != '.')
        return false;
    size_t k2 = k + 1;
    if (read_num(t, &k2, 2, &m) < 1 || at(t, k2) != sep)
        return false;
    k2++;
    if (read_num(t, &k2, 2, &b) < 1 || !set_ymd(d, year, m, b))
        return false;
    size_t k3 = k2;
    if (at(t, k3) == 'T' || at(t, k3) == ' ')
        k3++;
    if (sep == '-' && date_read_time(t, &k3, d))
        k2 = k3;
    *end = k2;
    return true;
}

/* 2022年1月11日, 2022년 1월 11일: the year, month and day marks are three
 * UTF-8 bytes each (U+5E74 U+6708 U+65E5; U+B144 U+C6D4 U+C77C). */
bool date_match_cjk(const scan *t, size_t k, int year, date_value *d, size_t *end)
{
    int m, b;
    size_t k2 = skip_spaces(t, k);
    bool cjk = at(t, k2) == 0xE5 && at(t, k2 + 1) == 0xB9 && at(t, k2 + 2) == 0xB4;
    bool ko = at(t, k2) == 0xEB && at(t, k2 + 1) == 0x85 && at(t, k2 + 2) == 0x84;
    if (!cjk && !ko)
        return false;
    k2 = skip_spaces(t, k2 + 3);
    if (read_num(t, &k2, 2, &m) < 1)
        return false;
    k2 = skip_spaces(t, k2);
    bool mo = cjk ? (at(t, k2) == 0xE6 && at(t, k2 + 1) == 0x9C && at(t, k2 + 2) == 0x88)
                  : (at(t, k2) == 0xEC && at(t, k2 + 1) == 0x9B && at(t, k2 + 2) == 0x94);
    if (!mo)
        return false;
    k2 = skip_spaces(t, k2 + 3);
    if (read_num(t, &k2, 2, &b) < 1 || !set_ymd(d, year, m, b))
        return false;
    *end = k2 + 3 <= t->n ? k2 + 3 : k2;
    return true;
}

/* 20220111 as a whole machine value, with an optional time. */
bool date_match_compact(const scan *t, size_t k, int ymd, date_value *d, size_t *end)
{
    if (!set_ymd(d, ymd / 10000, ymd / 100 % 100, ymd % 100))
        return false;
    size_t k3 = k;
    if (at(t, k3) == 'T')
        k3++;
    if (date_read_time(t, &k3, d))
        k = k3;
    *end = k;
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

/* 11.01.2022, 11/01/2022, 01-11-2022, 11.01.22: `first` (one or two
 * digits) starts the token at `start`.  Which of the two numbers is the
 * month: a number over 12 cannot be, dots always put the day first, and
 * otherwise the page's order decides. */
bool date_match_numerals(const scan *t, size_t start, size_t k, int first, date_order order,
                         bool machine, date_value *d, size_t *end)
{
    unsigned sep = at(t, k);
    int b, y;
    if (sep != '.' && sep != '/' && sep != '-')
        return false;
    size_t k2 = k + 1;
    if (read_num(t, &k2, 2, &b) < 1 || at(t, k2) != sep)
        return false;
    k2++;
    if (sep == '.' && two_digit_year(t, start, &k2, &y)) {
        /* 11.01.22: day first, as always with dots. */
        if (!set_ymd(d, y, b, first))
            return false;
        *end = k2;
        return true;
    }
    if (!four_digit_year(t, &k2, &y))
        return false;
    int day = first, mon = b;
    /* Machine values with slashes come from software that writes the US
     * order ("11/01/2023 12:43:42"). */
    bool month_first = order == DATE_ORDER_MONTH_FIRST || (machine && sep == '/');
    if (first <= 12 && (b > 12 || (sep != '.' && month_first)))
        day = b, mon = first;
    if (!set_ymd(d, y, mon, day))
        return false;
    d->ambiguous = sep != '.' && first <= 12 && b <= 12 && first != b;
    *end = k2;
    return true;
}
