/* date_words.c - dates with a month name in one of the languages of
 * date_months.c: "11 January 2022", "11.Jan.2022", "11th of May, 2022",
 * "11 de enero de 2022", "11 января 2022 г.", "Jan 11, 2022",
 * "Tue, 11 Jan 2022", "2022 Jan 11". */
#include "date_scan.h"

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

/* Between day, month and year: spaces, one of ". , - /" and the
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

/* In a machine value a time may follow the date ("11 Jan 2022 10:00 GMT"). */
static size_t read_machine_time(const scan *t, size_t k, bool machine, date_value *d)
{
    if (machine) {
        size_t k3 = skip_spaces(t, k);
        if (date_read_time(t, &k3, d))
            k = k3;
    }
    return k;
}

/* 2022 Jan 11 / 2022, January 11 (never "2026Jan 15": a year glued to a
 * word ends a previous text). */
bool date_match_year_month_name(const scan *t, size_t k, int year, date_value *d, size_t *end)
{
    size_t k2 = skip_date_glue(t, k);
    size_t w = k2, we = month_word_end(t, w);
    if (k2 == k || we == w)
        return false;
    k2 = skip_date_glue(t, we);
    int b, m, y2;
    if (read_num(t, &k2, 2, &b) < 1 || ascii_is_digit(at(t, k2)) || !(m = month_at(t, w)) ||
        !set_ymd(d, year, m, b))
        return false;
    /* "in 2025 Feb 27, 2026" is a year, then "Feb 27, 2026". */
    size_t k3 = skip_date_glue(t, k2);
    if (k3 > k2 && four_digit_year(t, &k3, &y2))
        return false;
    *end = k2;
    return true;
}

/* 11 January 2022, 11.Jan.2022, 11-jan-2022, 11th of May, 2022,
 * 11 de enero de 2022 */
bool date_match_day_month_name(const scan *t, size_t k, int day, bool machine, date_value *d,
                               size_t *end)
{
    size_t k2 = skip_ordinal(t, k);
    k2 = skip_date_glue(t, k2);
    size_t e = word_end(t, k2);
    if (word_is(t, k2, e, "of"))
        k2 = skip_spaces(t, e);
    size_t w = k2, we = month_word_end(t, w);
    if (we == w)
        return false;
    k2 = skip_date_glue(t, we);
    int y, m;
    if (!four_digit_year(t, &k2, &y) || !(m = month_at(t, w)) || !set_ymd(d, y, m, day))
        return false;
    *end = read_machine_time(t, k2, machine, d);
    return true;
}

/* Jan 11, 2022 / January 11th 2022 / Tue, 11 Jan 2022 (the scan passes
 * over the weekday as an unknown word). */
bool date_match_month_name_first(const scan *t, size_t i, bool machine, date_value *d, size_t *end)
{
    size_t w = i, we = month_word_end(t, w);
    if (we == w)
        return false;
    size_t k = skip_date_glue(t, we);
    int a, y, m;
    if (read_num(t, &k, 2, &a) < 1)
        return false;
    k = skip_ordinal(t, k);
    k = skip_date_glue(t, k);
    if (!four_digit_year(t, &k, &y) || !(m = month_at(t, w)) || !set_ymd(d, y, m, a))
        return false;
    *end = read_machine_time(t, k, machine, d);
    return true;
}
