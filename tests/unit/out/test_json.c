/* test_json.c - the JSON record: every field present, nulls, lists,
 * string escapes, invalid UTF-8 repaired, error records. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "out/out.h"
#include "tree.h"

static char *json_string(const char *s, size_t n)
{
    buf out = BUF_INIT;
    out_json_string(slice_make(s, n), &out);
    return buf_detach(&out, NULL);
}

#define assert_json_string(lit, expected)                                                          \
    do {                                                                                           \
        char *got_ = json_string(lit, sizeof(lit) - 1);                                            \
        assert_string_equal(got_, expected);                                                       \
        free(got_);                                                                                \
    } while (0)

static void strings_escape_what_json_requires(void **state)
{
    (void)state;
    assert_json_string("plain", "\"plain\"");
    assert_json_string("q\"b\\s/", "\"q\\\"b\\\\s/\"");
    assert_json_string("\n\r\t\b\f\x01\x1f\x7f", "\"\\n\\r\\t\\b\\f\\u0001\\u001f\x7f\"");
    assert_json_string("a\0b", "\"a\\u0000b\"");
    /* U+2028 and U+2029 are escaped; other characters pass as UTF-8. */
    assert_json_string("\xE2\x80\xA8\xE2\x80\xA9\xC3\xA9\xF0\x9F\x98\x80", "\"\\u2028\\u2029\xC3\xA9\xF0\x9F\x98\x80\"");
}

static void invalid_utf8_becomes_replacement_characters(void **state)
{
    (void)state;
    /* Lone continuation, truncated sequence, overlong, surrogate, > U+10FFFF, 0xFF. */
    assert_json_string("a\x80" "b", "\"a\xEF\xBF\xBD" "b\"");
    assert_json_string("\xE2\x82", "\"\xEF\xBF\xBD\"");
    assert_json_string("\xC0\xAF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
    assert_json_string("\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    assert_json_string("\xF4\x90\x80\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    assert_json_string("\xFFz", "\"\xEF\xBF\xBDz\"");
}

static void empty_record_has_every_field(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    out_json(&(out_record){ 0 }, NULL, &out);
    assert_string_equal(buf_cstr(&out),
                        "{\"source\":null,\"url\":null,\"title\":null,\"authors\":[],\"date_published\":null,"
                        "\"date_modified\":null,\"date_source\":null,\"site_name\":null,\"language\":null,"
                        "\"description\":null,\"image\":null,\"tags\":[],\"categories\":[],\"page_type\":null,"
                        "\"confidence\":null,\"text\":\"\",\"lists\":[],\"comments\":null,\"encoding\":null}");
    buf_dispose(&out);
}

static void full_record(void **state)
{
    (void)state;
    test_tree t, c;
    dom_node *article = tree_parse(&t, "<p>One</p><p>Two \"2\"</p>");
    dom_node *comments = tree_parse(&c, "<p>Nice</p>");
    slice authors[] = { SLICE_LIT("A. Writer"), SLICE_LIT("B") };
    slice tags[] = { SLICE_LIT("x") };
    ext_list_item items[] = {
        { SLICE_LIT("First"), SLICE_LIT("https://e.org/1"), SLICE_LIT("2026-03-11") },
        { SLICE_LIT("Second"), { NULL, 0 }, { NULL, 0 } },
    };
    ext_list lists[] = { { SLICE_LIT("Latest news"), items, 2 }, { { NULL, 0 }, NULL, 0 } };
    ext_result ext = {
        .tree = { .root = article }, .comments = comments, .lists = lists, .list_count = 2,
        .page_type = PAGE_ARTICLE, .confidence = 0.8765,
    };
    meta_info meta = {
        .title = SLICE_LIT("T\xE2\x80\xA8"), .authors = { authors, 2 }, .date_published = SLICE_LIT("2022-01-11"),
        .date_source = "json-ld", .site_name = SLICE_LIT("Site"), .language = SLICE_LIT("en"),
        .url = SLICE_LIT("https://e.org/a"), .tags = { tags, 1 },
    };
    out_record rec = { .ext = &ext, .meta = &meta, .encoding = SLICE_LIT("UTF-8") };
    buf out = BUF_INIT;
    out_json(&rec, "dir/a.html", &out);
    assert_string_equal(buf_cstr(&out),
                        "{\"source\":\"dir/a.html\",\"url\":\"https://e.org/a\",\"title\":\"T\\u2028\","
                        "\"authors\":[\"A. Writer\",\"B\"],\"date_published\":\"2022-01-11\",\"date_modified\":null,"
                        "\"date_source\":\"json-ld\",\"site_name\":\"Site\",\"language\":\"en\",\"description\":null,"
                        "\"image\":null,\"tags\":[\"x\"],\"categories\":[],\"page_type\":\"article\","
                        "\"confidence\":0.877,\"text\":\"One\\n\\nTwo \\\"2\\\"\","
                        "\"lists\":[{\"heading\":\"Latest news\",\"items\":[{\"title\":\"First\",\"url\":\"https://e.org/1\","
                        "\"date\":\"2026-03-11\"},{\"title\":\"Second\",\"url\":null,\"date\":null}]},"
                        "{\"heading\":null,\"items\":[]}],\"comments\":\"Nice\",\"encoding\":\"UTF-8\"}");
    /* Text already rendered by the caller is used as it is. */
    rec.text = SLICE_LIT("given");
    buf_clear(&out);
    out_json(&rec, NULL, &out);
    assert_non_null(strstr(buf_cstr(&out), "\"text\":\"given\""));
    buf_dispose(&out);
    tree_free(&t);
    tree_free(&c);
}

static void error_record(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    out_json_error("bad\n.gz", "gzip: \"corrupt\"", &out);
    assert_string_equal(buf_cstr(&out), "{\"source\":\"bad\\n.gz\",\"error\":\"gzip: \\\"corrupt\\\"\"}");
    buf_dispose(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(strings_escape_what_json_requires),
        cmocka_unit_test(invalid_utf8_becomes_replacement_characters),
        cmocka_unit_test(empty_record_has_every_field),
        cmocka_unit_test(full_record),
        cmocka_unit_test(error_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
