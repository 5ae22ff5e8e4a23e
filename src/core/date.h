/* date.h - the date recogniser shared by the metadata (publication
 * dates) and the extraction (dates of side-list items): parsing machine
 * strings (ISO 8601, RFC 2822) and finding dates in visible text in many
 * formats and languages, validating them against a window
 * [1995-01-01, now], and formatting them as ISO 8601.
 * Pure functions: no DOM, no global state. */
#ifndef PITH_CORE_DATE_H
#define PITH_CORE_DATE_H

#include <stdbool.h>
#include <time.h>

#include "arena.h"
#include "slice.h"

typedef struct date_value {
    int year, month, day;
    int hour, minute, second;
    int tz_minutes;  /* offset east of UTC */
    bool has_time, has_tz;
    bool ambiguous; /* numeric day and month that read either way (03/10/2023) */
} date_value;

/* How to read an all-numeric date such as 01/02/2022 whose numbers could be
 * either day or month (a first number over 12 decides by itself). */
typedef enum date_order {
    DATE_ORDER_DAY_FIRST = 0, /* most of the world, and always with dots */
    DATE_ORDER_MONTH_FIRST,   /* en-US */
} date_order;

/* The earliest date accepted: older "dates" on pages are nearly always
 * birthdays, historical facts or defaults. */
enum { DATE_MIN_YEAR = 1995 };

/* Parses a machine-readable value as found in meta content, JSON-LD and
 * datetime attributes: ISO 8601 (with or without time and offset, also the
 * compact 20220111 form), RFC 2822 ("Tue, 11 Jan 2022 10:00:00 GMT"), and
 * else the first human-readable date of the string.  Numeric dates with
 * slashes are read month first, as the software that writes them does
 * ("11/01/2023 12:43:42" is 1 November).  False when none. */
bool date_parse(slice s, date_order order, date_value *out);

/* Finds the first date in free text (any format date_parse reads in
 * text: "11 January 2022", "Jan 11, 2022", "11.Jan.2022", "11/01/2022",
 * "2022-01-11", "2022年1月11日", month names in en de fr es it pt nl ru pl,
 * Russian and Polish genitives).  Times are kept only in ISO form.
 * *at and *end (may be NULL) receive the match's byte range. */
bool date_find(slice text, date_order order, date_value *out, size_t *at, size_t *end);

/* The same for text joined from several elements without spaces: a
 * number may follow a letter ("Headline2. Oktober 2015"). */
bool date_find_glued(slice text, date_order order, date_value *out, size_t *at, size_t *end);

/* Dates in a URL path: /2022/01/11/, /2022-01-11, /20220111. */
bool date_from_url(slice url, date_value *out);

/* True when the date is real (month/day ranges) and lies in
 * [DATE_MIN_YEAR-01-01, `now`] (compared by calendar day in UTC). */
bool date_valid(const date_value *d, time_t now);

/* True when the month and day exist (31 April does not), whatever the
 * year. */
bool date_is_real(const date_value *d);

/* Compares by calendar day: <0, 0, >0. */
int date_cmp_day(const date_value *a, const date_value *b);

/* "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" plus "Z"/"+HH:MM" when known. */
slice date_format(arena *a, const date_value *d);

/* Month number (1-12) of a month name or abbreviation in one of the
 * supported languages (ASCII case-insensitive, also the capitalised
 * Cyrillic/Latin-1 first letter), or 0. */
int date_month_lookup(slice word);

#endif
