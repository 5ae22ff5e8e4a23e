/* date_calendar.c - what a parsed date means: whether it exists, whether
 * it lies in the window a page's date can have, how two compare, and its
 * ISO 8601 form. */
#include "date.h"

#include <stdio.h>

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
