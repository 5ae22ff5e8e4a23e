/* test_date_scan.c - the date scan of src/core/date_parse.c: the byte
 * range of each match (the metadata reads the text around it), the order
 * in which the formats of date_numeric.c and date_words.c are tried at a
 * token, and what a machine value adds (times, the compact form).  The
 * dates each format reads, language by language, are tested in
 * tests/unit/meta/test_meta_date.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/date.h"

static arena *A;

static const char *fmt(const date_value *d) { return date_format(A, d).ptr; }

/* date_find (or date_find_glued) on `text` gives `want`, matched at the
 * bytes of `match`, which must occur in `text` once. */
static void expect_range(const char *text, bool glued, date_order order, const char *want,
                         const char *match)
{
    date_value d;
    size_t at = 99, end = 99;
    slice s = slice_make(text, strlen(text));
    bool ok = glued ? date_find_glued(s, order, &d, &at, &end) : date_find(s, order, &d, &at, &end);
    if (!ok)
        fail_msg("'%s': no date, expected %s", text, want);
    if (strcmp(fmt(&d), want) != 0)
        fail_msg("'%s' gave %s, expected %s", text, fmt(&d), want);
    const char *m = strstr(text, match);
    assert_non_null(m);
    if (at != (size_t)(m - text) || end != at + strlen(match))
        fail_msg("'%s': matched [%zu, %zu), expected '%s' at [%zu, %zu)", text, at, end, match,
                 (size_t)(m - text), (size_t)(m - text) + strlen(match));
}

static void ranges_cover_the_date_only(void **state)
{
    (void)state;
    const date_order D = DATE_ORDER_DAY_FIRST;
    expect_range("Posted 11 January 2022 by X", false, D, "2022-01-11", "11 January 2022");
    expect_range("Updated: Jan. 11th, 2022.", false, D, "2022-01-11", "Jan. 11th, 2022");
    expect_range("am 11.01.2022 um", false, D, "2022-01-11", "11.01.2022");
    expect_range("el 11 de enero de 2022,", false, D, "2022-01-11", "11 de enero de 2022");
    /* The CJK day mark belongs to the date. */
    expect_range("\xe5\x8f\x91\xe5\xb8\x83 2022\xe5\xb9\xb4" "1\xe6\x9c\x88" "11\xe6\x97\xa5 \xe6\x96\xb0",
                 false, D, "2022-01-11", "2022\xe5\xb9\xb4" "1\xe6\x9c\x88" "11\xe6\x97\xa5");
    /* An ISO date keeps its time, in text as in values. */
    expect_range("at 2022-01-11T10:30:00+02:00 local", false, D, "2022-01-11T10:30:00+02:00",
                 "2022-01-11T10:30:00+02:00");
    /* In text a time after a written date is not part of the match. */
    expect_range("11 Jan 2022 10:00 GMT", false, D, "2022-01-11", "11 Jan 2022");
}

static void formats_tried_in_order(void **state)
{
    (void)state;
    const date_order D = DATE_ORDER_DAY_FIRST;
    /* Numerals that do not make a date (no month 13) leave the month-name
     * forms nothing to read either; the scan goes on to the next date. */
    expect_range("31.13.2022 or 11 March 2022", false, D, "2022-03-11", "11 March 2022");
    /* A year that opens no ISO or CJK date may open "2022 Jan 11". */
    expect_range("2022/13/45, 2022 Jan 11", false, D, "2022-01-11", "2022 Jan 11");
    /* ...unless a year follows it: then the year stands alone. */
    expect_range("in 2025 Feb 27, 2026", false, D, "2026-02-27", "Feb 27, 2026");
    /* A number over 12 is the day whatever the order; else the order
     * decides, and the date is marked as readable both ways. */
    date_value d;
    assert_true(date_find(SLICE_LIT("12/13/2022"), D, &d, NULL, NULL));
    assert_string_equal(fmt(&d), "2022-12-13");
    assert_false(d.ambiguous);
    assert_true(date_find(SLICE_LIT("03/10/2023"), D, &d, NULL, NULL));
    assert_string_equal(fmt(&d), "2023-10-03");
    assert_true(d.ambiguous);
    assert_true(date_find(SLICE_LIT("03/10/2023"), DATE_ORDER_MONTH_FIRST, &d, NULL, NULL));
    assert_string_equal(fmt(&d), "2023-03-10");
    /* Dots put the day first in every order. */
    assert_true(date_find(SLICE_LIT("03.10.2023"), DATE_ORDER_MONTH_FIRST, &d, NULL, NULL));
    assert_string_equal(fmt(&d), "2023-10-03");
    assert_false(d.ambiguous);
}

static void glued_text(void **state)
{
    (void)state;
    const char *text = "Fagus-Werk Alfeld2. Oktober 2015";
    date_value d;
    assert_false(date_find(slice_make(text, strlen(text)), DATE_ORDER_DAY_FIRST, &d, NULL, NULL));
    expect_range(text, true, DATE_ORDER_DAY_FIRST, "2015-10-02", "2. Oktober 2015");
}

static void machine_values_add_times(void **state)
{
    (void)state;
    date_value d;
    /* The compact form is a date only as a whole value. */
    assert_false(date_find(SLICE_LIT("id 20220111"), DATE_ORDER_DAY_FIRST, &d, NULL, NULL));
    assert_true(date_parse(SLICE_LIT(" 20220111T10:30:00Z "), DATE_ORDER_DAY_FIRST, &d));
    assert_string_equal(fmt(&d), "2022-01-11T10:30:00Z");
    assert_true(date_parse(SLICE_LIT("Tue, 11 Jan 2022 10:00:00 GMT"), DATE_ORDER_DAY_FIRST, &d));
    assert_string_equal(fmt(&d), "2022-01-11T10:00:00Z");
    assert_true(date_parse(SLICE_LIT("January 11, 2022 10:00 -0530"), DATE_ORDER_DAY_FIRST, &d));
    assert_string_equal(fmt(&d), "2022-01-11T10:00:00-05:30");
    /* Software writes slashed values month first. */
    assert_true(date_parse(SLICE_LIT("11/01/2023 12:43:42"), DATE_ORDER_DAY_FIRST, &d));
    assert_string_equal(fmt(&d), "2023-11-01");
    /* A time out of range is left out, the date kept. */
    assert_true(date_parse(SLICE_LIT("2022-01-11T25:00:00Z"), DATE_ORDER_DAY_FIRST, &d));
    assert_string_equal(fmt(&d), "2022-01-11");
}

int main(void)
{
    A = arena_new(0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ranges_cover_the_date_only),
        cmocka_unit_test(formats_tried_in_order),
        cmocka_unit_test(glued_text),
        cmocka_unit_test(machine_values_add_times),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free(A);
    return rc;
}
