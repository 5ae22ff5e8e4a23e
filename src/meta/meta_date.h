/* meta_date.h - dates: parsing machine strings (ISO 8601, RFC 2822) and
 * finding dates in visible text in many formats and languages, validating
 * them against a window [1995-01-01, now], and formatting them as ISO 8601.
 * Pure functions: no DOM, no global state. */
#ifndef PITH_META_DATE_H
#define PITH_META_DATE_H

#include <stdbool.h>
#include <time.h>

#include "../core/arena.h"
#include "../core/slice.h"

typedef struct meta_date {
    int year, month, day;
    int hour, minute, second;
    int tz_minutes;  /* offset east of UTC */
    bool has_time, has_tz;
} meta_date;

/* How to read an all-numeric date such as 01/02/2022 whose numbers could be
 * either day or month (a first number over 12 decides by itself). */
typedef enum meta_date_order {
    META_ORDER_DAY_FIRST = 0, /* most of the world, and always with dots */
    META_ORDER_MONTH_FIRST,   /* en-US */
} meta_date_order;

/* The earliest date accepted: older "dates" on pages are nearly always
 * birthdays, historical facts or defaults. */
enum { META_DATE_MIN_YEAR = 1995 };

/* Parses a machine-readable value as found in meta content, JSON-LD and
 * datetime attributes: ISO 8601 (with or without time and offset, also the
 * compact 20220111 form), RFC 2822 ("Tue, 11 Jan 2022 10:00:00 GMT"), and
 * else the first human-readable date of the string.  Numeric dates with
 * slashes are read month first, as the software that writes them does
 * ("11/01/2023 12:43:42" is 1 November).  False when none. */
bool meta_date_parse(slice s, meta_date_order order, meta_date *out);

/* Finds the first date in free text (any format meta_date_parse reads in
 * text: "11 January 2022", "Jan 11, 2022", "11.Jan.2022", "11/01/2022",
 * "2022-01-11", "2022年1月11日", month names in en de fr es it pt nl ru pl,
 * Russian and Polish genitives).  Times are kept only in ISO form.
 * *at and *end (may be NULL) receive the match's byte range. */
bool meta_date_find(slice text, meta_date_order order, meta_date *out, size_t *at, size_t *end);

/* Dates in a URL path: /2022/01/11/, /2022-01-11, /20220111. */
bool meta_date_from_url(slice url, meta_date *out);

/* True when the date is real (month/day ranges) and lies in
 * [META_DATE_MIN_YEAR-01-01, `now`] (compared by calendar day in UTC). */
bool meta_date_valid(const meta_date *d, time_t now);

/* Compares by calendar day: <0, 0, >0. */
int meta_date_cmp_day(const meta_date *a, const meta_date *b);

/* "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" plus "Z"/"+HH:MM" when known. */
slice meta_date_format(arena *a, const meta_date *d);

/* Month number (1-12) of a month name or abbreviation in one of the
 * supported languages (ASCII case-insensitive, also the capitalised
 * Cyrillic/Latin-1 first letter), or 0. */
int meta_month_lookup(slice word);

#endif
