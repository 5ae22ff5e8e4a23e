/* test_url.c - reference resolution, with the examples of RFC 3986 5.4. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/url.h"

static void check(arena *a, const char *base, const char *ref, const char *want)
{
    slice got = url_resolve(a, slice_make(base, strlen(base)), slice_make(ref, strlen(ref)));
    assert_non_null(got.ptr);
    assert_string_equal(got.ptr, want);
}

static void rfc3986_normal_and_abnormal_examples(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    const char *b = "http://a/b/c/d;p?q";
    static const char *cases[][2] = {
        { "g:h", "g:h" },          { "g", "http://a/b/c/g" },     { "./g", "http://a/b/c/g" },
        { "g/", "http://a/b/c/g/" }, { "/g", "http://a/g" },      { "//g", "http://g" },
        { "?y", "http://a/b/c/d;p?y" }, { "g?y", "http://a/b/c/g?y" }, { "#s", "http://a/b/c/d;p?q#s" },
        { "g#s", "http://a/b/c/g#s" }, { ";x", "http://a/b/c/;x" }, { "", "http://a/b/c/d;p?q" },
        { ".", "http://a/b/c/" },   { "./", "http://a/b/c/" },     { "..", "http://a/b/" },
        { "../", "http://a/b/" },   { "../g", "http://a/b/g" },    { "../..", "http://a/" },
        { "../../", "http://a/" },  { "../../g", "http://a/g" },   { "../../../g", "http://a/g" },
        { "/./g", "http://a/g" },   { "/../g", "http://a/g" },     { "g.", "http://a/b/c/g." },
        { ".g", "http://a/b/c/.g" }, { "g..", "http://a/b/c/g.." }, { "./../g", "http://a/b/g" },
        { "./g/.", "http://a/b/c/g/" }, { "g/./h", "http://a/b/c/g/h" }, { "g/../h", "http://a/b/c/h" },
        { "g;x=1/./y", "http://a/b/c/g;x=1/y" }, { "g;x=1/../y", "http://a/b/c/y" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        check(a, b, cases[i][0], cases[i][1]);
    arena_free(a);
}

static void page_cases(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    check(a, "https://example.com", "img/x.png", "https://example.com/img/x.png");
    check(a, "https://example.com/news/", "  /a/1  ", "https://example.com/a/1");
    check(a, "https://example.com/x", "//cdn.example.com/i.jpg", "https://cdn.example.com/i.jpg");
    check(a, "", "/relative", "/relative");
    check(a, "not a url", "/relative", "/relative");
    assert_true(url_has_scheme(SLICE_LIT("mailto:x")));
    assert_false(url_has_scheme(SLICE_LIT("/a:b")));
    assert_false(url_has_scheme(SLICE_LIT("ab")));
    arena_free(a);
}

static void path_offsets(void **state)
{
    (void)state;
    bool host = false;
    assert_int_equal(url_path_offset(SLICE_LIT("https://example.com/2022/01/x"), &host), 19);
    assert_true(host);
    assert_int_equal(url_path_offset(SLICE_LIT("https://example.com"), &host), 19);
    assert_int_equal(url_path_offset(SLICE_LIT("/2022/01/x"), &host), 0);
    assert_false(host);
    assert_int_equal(url_path_offset(slice_make(NULL, 0), NULL), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rfc3986_normal_and_abnormal_examples),
        cmocka_unit_test(page_cases),
        cmocka_unit_test(path_offsets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
