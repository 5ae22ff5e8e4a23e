/* test_ext_helpers.c - the small parts of extraction: the visible-date
 * recogniser of side lists, reference resolution, stop words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "extract/ext_internal.h"
#include "extract/ext_stopwords.h"
#include "core/url.h"

static void expect_date(const char *text, const char *iso)
{
    char got[11] = "";
    bool found = ext_date_find(slice_make(text, strlen(text)), got);
    if (iso) {
        assert_true(found);
        assert_string_equal(got, iso);
    } else {
        assert_false(found);
    }
}

static void test_dates(void **state)
{
    (void)state;
    expect_date("11.Mar.2026", "2026-03-11");
    expect_date("Posted March 5, 2024 by Ann", "2024-03-05");
    expect_date("2026-03-11T10:00", "2026-03-11");
    expect_date("31/12/2025", "2025-12-31");
    expect_date("12/31/2025", "2025-12-31");  /* day first impossible: month first */
    expect_date("3. März 2021", "2021-03-03");
    expect_date("le 14 juillet 2019", "2019-07-14");
    expect_date("99.99.2026", NULL);
    expect_date("30 February 2024", NULL);
    expect_date("no date here", NULL);
}

static void expect_url(const char *base, const char *ref, const char *want)
{
    arena *a = arena_new(0);
    assert_non_null(a);
    slice r = url_resolve(a, slice_make(base, strlen(base)), slice_make(ref, strlen(ref)));
    assert_non_null(r.ptr);
    assert_int_equal(r.len, strlen(want));
    assert_memory_equal(r.ptr, want, r.len);
    arena_free(a);
}

static void test_urls(void **state)
{
    (void)state;
    expect_url("https://x.example/c/d", "/a/b", "https://x.example/a/b");
    expect_url("https://x.example/c/d/f", "../e", "https://x.example/c/e");
    expect_url("https://x.example/c/d", "e?q=1#f", "https://x.example/c/e?q=1#f");
    expect_url("https://x.example/c/d?x", "?y", "https://x.example/c/d?y");
    expect_url("https://x.example/c", "//cdn.example/i.png", "https://cdn.example/i.png");
    expect_url("https://x.example/c", "mailto:a@b", "mailto:a@b");
    expect_url("", "/rel", "/rel");
    expect_url("http://x.example", "a/./b/../c", "http://x.example/a/c");
}

static void test_stopwords(void **state)
{
    (void)state;
    int en = ext_stop_lang_from_tag(SLICE_LIT("en-GB"));
    int de = ext_stop_lang_from_tag(SLICE_LIT("de-AT"));
    assert_true(en >= 0 && de >= 0 && en != de);
    assert_int_equal(ext_stop_lang_from_tag(SLICE_LIT("nb")), ext_stop_lang_from_tag(SLICE_LIT("no")));
    assert_int_equal(ext_stop_lang_from_tag(SLICE_LIT("xx")), -1);
    assert_int_equal(ext_stopword_hit(en, "the", 3), 1);
    assert_int_equal(ext_stopword_hit(de, "the", 3), 0);
    assert_int_equal(ext_stopword_hit(de, "und", 3), 1);
    assert_int_equal(ext_stopword_hit(-1, "und", 3), 1);
    assert_int_equal(ext_stopword_hit(en, "kazakhstan", 10), 0);
    char w[8];
    size_t n = ext_lower_utf8(0xC4, w); /* Ä -> ä */
    assert_int_equal(n, 2);
    assert_memory_equal(w, "\xc3\xa4", 2);
    n = ext_lower_utf8(0x416, w); /* Ж -> ж */
    assert_memory_equal(w, "\xd0\xb6", n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_urls),
        cmocka_unit_test(test_stopwords),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
