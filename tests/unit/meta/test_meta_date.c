/* test_meta_date.c - date parsing in every supported format and language,
 * validation window, URL dates, formatting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/date.h"

static arena *A;

static const char *fmt(const date_value *d)
{
    slice s = date_format(A, d);
    return s.ptr;
}

static void expect_find(const char *text, date_order order, const char *want)
{
    date_value d;
    bool ok = date_find(slice_make(text, strlen(text)), order, &d, NULL, NULL);
    if (!want) {
        if (ok)
            fail_msg("'%s' gave %s, expected no date", text, fmt(&d));
        return;
    }
    if (!ok)
        fail_msg("'%s': no date found, expected %s", text, want);
    if (strcmp(fmt(&d), want) != 0)
        fail_msg("'%s' gave %s, expected %s", text, fmt(&d), want);
}

static void expect_parse(const char *text, const char *want)
{
    date_value d;
    bool ok = date_parse(slice_make(text, strlen(text)), DATE_ORDER_DAY_FIRST, &d);
    if (!want) {
        if (ok)
            fail_msg("'%s' gave %s, expected none", text, fmt(&d));
        return;
    }
    if (!ok)
        fail_msg("'%s': no date, expected %s", text, want);
    if (strcmp(fmt(&d), want) != 0)
        fail_msg("'%s' gave %s, expected %s", text, fmt(&d), want);
}

static void human_formats(void **state)
{
    (void)state;
    const date_order D = DATE_ORDER_DAY_FIRST;
    expect_find("11.Jan.2022", D, "2022-01-11");
    expect_find("Posted 11 January 2022 by X", D, "2022-01-11");
    expect_find("Jan 11, 2022", D, "2022-01-11");
    expect_find("January 11th, 2022", D, "2022-01-11");
    expect_find("Jan. 11 2022", D, "2022-01-11");
    expect_find("11th of January, 2022", D, "2022-01-11");
    expect_find("2022-01-11", D, "2022-01-11");
    expect_find("2022/1/11", D, "2022-01-11");
    expect_find("2022 Jan 11", D, "2022-01-11");
    expect_find("2022年1月11日 10:00", D, "2022-01-11");
    expect_find("2022 년 1 월 11 일", D, "2022-01-11");
    expect_find("Tue, 11\xC2\xA0Jan\xC2\xA0" "2022", D, "2022-01-11");
    expect_find("11-jan-2022", D, "2022-01-11");
}

static void numeric_order(void **state)
{
    (void)state;
    expect_find("11/01/2022", DATE_ORDER_DAY_FIRST, "2022-01-11");
    expect_find("11/01/2022", DATE_ORDER_MONTH_FIRST, "2022-11-01");
    expect_find("01/13/2022", DATE_ORDER_DAY_FIRST, "2022-01-13");  /* 13 cannot be a month */
    expect_find("13/01/2022", DATE_ORDER_MONTH_FIRST, "2022-01-13");
    expect_find("11.01.2022", DATE_ORDER_MONTH_FIRST, "2022-01-11"); /* dots: always day first */
    expect_find("1.2.2022", DATE_ORDER_DAY_FIRST, "2022-02-01");
    expect_find("13/13/2022", DATE_ORDER_DAY_FIRST, NULL);
    expect_find("Tel. 030/12/2022345", DATE_ORDER_DAY_FIRST, NULL);
    expect_find("id 20220111", DATE_ORDER_DAY_FIRST, NULL);
}

static void languages(void **state)
{
    (void)state;
    const date_order D = DATE_ORDER_DAY_FIRST;
    expect_find("11. Januar 2022", D, "2022-01-11");
    expect_find("3. März 2021", D, "2021-03-03");
    expect_find("Veröffentlicht am 3. Mrz. 2021", D, "2021-03-03");
    expect_find("le 1er février 2020", D, "2020-02-01");
    expect_find("12 août 2019", D, "2019-08-12");
    expect_find("11 de enero de 2022", D, "2022-01-11");
    expect_find("5 dic. 2018", D, "2018-12-05");
    expect_find("11 gennaio 2022", D, "2022-01-11");
    expect_find("23 settembre 2020", D, "2020-09-23");
    expect_find("11 de março de 2022", D, "2022-03-11");
    expect_find("7 outubro 2016", D, "2016-10-07");
    expect_find("11 januari 2022", D, "2022-01-11");
    expect_find("2 mrt 2017", D, "2017-03-02");
    expect_find("11 января 2022 г.", D, "2022-01-11");
    expect_find("Май 2021, 3", D, NULL);
    expect_find("1 Сентября 2020", D, "2020-09-01");
    expect_find("11 stycznia 2022", D, "2022-01-11");
    expect_find("30 października 2019", D, "2019-10-30");
    expect_find("Grudzień 5, 2019", D, "2019-12-05");
}

static void not_dates(void **state)
{
    (void)state;
    const date_order D = DATE_ORDER_DAY_FIRST;
    expect_find("2 days ago", D, NULL);
    expect_find("yesterday", D, NULL);
    expect_find("March 2022", D, NULL);
    expect_find("Views: 1874", D, NULL);
    expect_find("32 January 2022", D, NULL);
    expect_find("in 2022 we", D, NULL);
    expect_find("set 5 2020", D, "2020-09-05"); /* Italian/Portuguese abbreviation */
}

/* A word next to a number is looked up as a month name only after the
 * rest of a format fits: the words that are no month, and the month
 * names in no date's shape, find nothing, and the dates after them are
 * still found. */
static void month_words_in_and_out_of_shape(void **state)
{
    (void)state;
    const date_order D = DATE_ORDER_DAY_FIRST;
    expect_find("12 people on 3 May 2021", D, "2021-05-03");
    expect_find("iPhone 15, 2023 and Windows 11 2022", D, NULL);
    expect_find("Chapter 11 2022: Jan 11 2020", D, "2020-01-11");
    expect_find("May 32, 2022 or May 3, 2022", D, "2022-05-03");
    expect_find("2022 people 11, then 2022 Jan 11", D, "2022-01-11");
    expect_find("11 mayo 2022", D, "2022-05-11");
    expect_find("3 Jan. 2021", D, "2021-01-03");
    expect_find("Okt. 3, 2021", D, "2021-10-03");
    expect_find("3 Dezember", D, NULL);
}

static void two_digit_years(void **state)
{
    (void)state;
    const date_order D = DATE_ORDER_DAY_FIRST;
    expect_find("Von: B. Jahner | 31.10.23", D, "2023-10-31");
    expect_find("Party, 30.10.23 ", D, "2023-10-30");
    expect_find("Schöppner, 8.5.12", D, "2012-05-08");
    expect_find("02.12.19", DATE_ORDER_MONTH_FIRST, "2019-12-02"); /* dots: day first */
    expect_find("28.09.98", D, "1998-09-28");
    /* Version numbers, decimals and addresses are not dates. */
    expect_find("version 1.2.12.4", D, NULL);
    expect_find("v2.10.21", D, NULL);
    expect_find("10.0.12.255", D, NULL);
    expect_find("Preis 12.5.199", D, NULL);
    expect_find("score 3.13.22", D, NULL);
    /* Slashes and dashes keep needing a four-digit year. */
    expect_find("1/2/22", D, NULL);
}

static void punctuation_and_joined_text(void **state)
{
    (void)state;
    const date_order D = DATE_ORDER_DAY_FIRST;
    /* Typographic quotes, dashes and no-break spaces end words. */
    expect_find("\xE2\x80\x9CMoney Smart\xE2\x80\x9D" "April 4, 2022", D, "2022-04-04");
    expect_find("News\xE2\x80\x94" "March 3, 2021", D, "2021-03-03");
    expect_find("Posted\xC2\xA0" "Jan 11, 2022", D, "2022-01-11");
    /* A year ending a text is no "2026 Jan 15" date. */
    expect_find("Trends for 2026Jan 15, 2025", D, "2025-01-15");
    expect_find("Scooters in 2025 Feb 27, 2026", D, "2026-02-27");
    expect_find("2022 Jan 11", D, "2022-01-11");
    /* A dotted date whose second number cannot be a month is month first. */
    expect_find("12.18.2025", D, "2025-12-18");
    /* Digits glued to a word are no date, except in joined text. */
    expect_find("Jagd09.10.2021", D, NULL);
    date_value d;
    const char *joined = "Fagus-Werk Alfeld2. Oktober 2015 - 12:33";
    assert_true(date_find_glued(slice_make(joined, strlen(joined)), D, &d, NULL, NULL));
    assert_string_equal(fmt(&d), "2015-10-02");
}

static void machine_values(void **state)
{
    (void)state;
    expect_parse("2022-01-11T10:04:05+02:00", "2022-01-11T10:04:05+02:00");
    expect_parse("2022-01-11T10:04:05.123Z", "2022-01-11T10:04:05Z");
    expect_parse("2022-01-11T10:04:05-0500", "2022-01-11T10:04:05-05:00");
    expect_parse("2022-01-11 10:04", "2022-01-11T10:04:00");
    expect_parse("2022-01-11", "2022-01-11");
    expect_parse("20220111", "2022-01-11");
    expect_parse("Tue, 11 Jan 2022 10:00:00 GMT", "2022-01-11T10:00:00Z");
    expect_parse("Tue, 11 Jan 2022 10:00:00 +0100", "2022-01-11T10:00:00+01:00");
    expect_parse("  January 11, 2022 ", "2022-01-11");
    expect_parse("", NULL);
    expect_parse("soon", NULL);
}

static void url_dates(void **state)
{
    (void)state;
    date_value d;
    assert_true(date_from_url(SLICE_LIT("https://x.com/2022/01/11/story"), &d));
    assert_string_equal(fmt(&d), "2022-01-11");
    assert_true(date_from_url(SLICE_LIT("https://x.com/news/2022-01-11-story"), &d));
    assert_string_equal(fmt(&d), "2022-01-11");
    assert_true(date_from_url(SLICE_LIT("https://x.com/a/20220111/b"), &d));
    assert_string_equal(fmt(&d), "2022-01-11");
    assert_false(date_from_url(SLICE_LIT("https://x.com/2022/01/story"), &d));
    assert_false(date_from_url(SLICE_LIT("https://2022-01-11.com/x?d=2022/01/11"), &d));
    assert_false(date_from_url(SLICE_LIT("https://x.com/a/123456789/b"), &d));
    assert_true(date_from_url(SLICE_LIT("https://x.com/blog/2023/october/03/how-many"), &d));
    assert_string_equal(fmt(&d), "2023-10-03");
    assert_false(date_from_url(SLICE_LIT("https://x.com/2023/may-the-force/03/x"), &d));
    assert_false(date_from_url(SLICE_LIT("https://x.com/2023/story/03/x"), &d));
}

static void validity_window(void **state)
{
    (void)state;
    time_t now = 1700000000; /* 2023-11-14 22:13 UTC */
    date_value d = { .year = 2022, .month = 1, .day = 11 };
    assert_true(date_valid(&d, now));
    d = (date_value){ .year = 1994, .month = 12, .day = 31 };
    assert_false(date_valid(&d, now));
    d = (date_value){ .year = 1995, .month = 1, .day = 1 };
    assert_true(date_valid(&d, now));
    d = (date_value){ .year = 2023, .month = 11, .day = 15 }; /* tomorrow somewhere */
    assert_true(date_valid(&d, now));
    d = (date_value){ .year = 2023, .month = 11, .day = 16 };
    assert_false(date_valid(&d, now));
    d = (date_value){ .year = 2021, .month = 2, .day = 29 };
    assert_false(date_valid(&d, now));
    d = (date_value){ .year = 2020, .month = 2, .day = 29 };
    assert_true(date_valid(&d, now));
}

int main(void)
{
    A = arena_new(0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(human_formats),  cmocka_unit_test(numeric_order),
        cmocka_unit_test(languages),      cmocka_unit_test(not_dates),
        cmocka_unit_test(machine_values), cmocka_unit_test(url_dates),
        cmocka_unit_test(validity_window), cmocka_unit_test(two_digit_years),
        cmocka_unit_test(punctuation_and_joined_text),
        cmocka_unit_test(month_words_in_and_out_of_shape),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free(A);
    return rc;
}
