/* test_json.c - the JSON reader: grammar, escapes, surrogates, numbers,
 * tolerant mode, depth cap, error offsets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/json.h"
#include "pith.h"
#include "../test_rng.h"

static int parse(arena *a, const char *s, unsigned flags, json_value **v, json_error *e)
{
    return json_parse(a, s, strlen(s), flags, 0, v, e);
}

static void assert_slice(slice s, const char *want)
{
    assert_non_null(s.ptr);
    assert_int_equal(s.len, strlen(want));
    assert_memory_equal(s.ptr, want, s.len);
}

static void parses_nested_document_in_order(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    json_value *v;
    const char *doc = "{\"a\": [1, 2.5, -3e2, true, false, null], \"b\": {\"c\": \"d\"}, \"a\": 0}";
    assert_int_equal(parse(a, doc, 0, &v, NULL), 0);
    assert_int_equal(v->type, JSON_OBJECT);
    assert_int_equal(v->count, 3);
    const json_value *arr = json_get(v, "a");
    assert_int_equal(arr->type, JSON_ARRAY);
    assert_int_equal(arr->count, 6);
    assert_true(json_at(arr, 0)->number == 1.0);
    assert_true(json_at(arr, 1)->number == 2.5);
    assert_true(json_at(arr, 2)->number == -300.0);
    assert_slice(json_at(arr, 2)->text, "-3e2");
    assert_true(json_at(arr, 3)->boolean);
    assert_int_equal(json_at(arr, 4)->type, JSON_BOOL);
    assert_false(json_at(arr, 4)->boolean);
    assert_int_equal(json_at(arr, 5)->type, JSON_NULL);
    assert_null(json_at(arr, 6));
    assert_slice(json_string(json_get(json_get(v, "b"), "c")), "d");
    assert_null(json_get(v, "zz"));
    assert_null(json_get(arr, "a"));
    /* Member order is kept, duplicates too; json_get finds the first. */
    assert_slice(json_at(v, 2)->key, "a");
    assert_int_equal(json_at(v, 2)->type, JSON_NUMBER);
    int n = 0;
    for (const json_value *c = json_first(v); c; c = c->next)
        n++;
    assert_int_equal(n, 3);
    arena_free(a);
}

static void decodes_escapes_and_surrogates(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    json_value *v;
    assert_int_equal(parse(a, "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u20AC\"", 0, &v, NULL), 0);
    assert_slice(v->text, "a\"b\\c/d\b\f\n\r\t\xC3\xA9\xE2\x82\xAC");
    /* A surrogate pair is one supplementary code point. */
    assert_int_equal(parse(a, "\"\\ud83d\\ude00\"", 0, &v, NULL), 0);
    assert_slice(v->text, "\xF0\x9F\x98\x80");
    /* Lone surrogates become WTF-8. */
    assert_int_equal(parse(a, "\"x\\uD800y\"", 0, &v, NULL), 0);
    assert_slice(v->text, "x\xED\xA0\x80y");
    assert_int_equal(parse(a, "\"\\uDFFF\"", 0, &v, NULL), 0);
    assert_slice(v->text, "\xED\xBF\xBF");
    /* High surrogate followed by a non-low escape: both kept separately. */
    assert_int_equal(parse(a, "\"\\uD800\\u0041\"", 0, &v, NULL), 0);
    assert_slice(v->text, "\xED\xA0\x80" "A");
    assert_int_equal(parse(a, "\"\\u0000\"", 0, &v, NULL), 0);
    assert_int_equal(v->text.len, 1);
    assert_int_equal(v->text.ptr[0], 0);
    /* Escaped keys are decoded too. */
    assert_int_equal(parse(a, "{\"k\\u0065y\": 1}", 0, &v, NULL), 0);
    assert_non_null(json_get(v, "key"));
    arena_free(a);
}

static void numbers_follow_the_grammar(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    json_value *v;
    assert_int_equal(parse(a, "0", 0, &v, NULL), 0);
    assert_true(v->number == 0.0);
    assert_int_equal(parse(a, "123456789012", 0, &v, NULL), 0);
    assert_true(v->number == 123456789012.0);
    assert_int_equal(parse(a, "0.125", 0, &v, NULL), 0);
    assert_true(v->number == 0.125);
    assert_int_equal(parse(a, "1E-3", 0, &v, NULL), 0);
    assert_true(v->number == 0.001);
    assert_int_equal(parse(a, "-0.5e+1", 0, &v, NULL), 0);
    assert_true(v->number == -5.0);
    const char *bad[] = { "01", "1.", ".5", "-", "1e", "+1", "0x10", "1.e5" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(parse(a, bad[i], 0, &v, NULL), PITH_EFORMAT);
    arena_free(a);
}

static void strict_mode_rejects_and_reports_offsets(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    json_value *v;
    json_error e;
    assert_int_equal(parse(a, "[1, 2,]", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(e.offset, 6);
    assert_null(v);
    assert_int_equal(parse(a, "{\"a\": 1,}", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(e.offset, 8);
    assert_int_equal(parse(a, "{\"a\" 1}", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(e.offset, 5);
    assert_int_equal(parse(a, "[1] x", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(e.offset, 4);
    assert_int_equal(parse(a, "\"a\tb\"", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(e.offset, 2);
    assert_int_equal(parse(a, "\"abc", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(e.offset, 0);
    assert_int_equal(parse(a, "\"\\x\"", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "\"\\u12\"", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "[1 2]", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "[1, /* c */ 2]", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "   ", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "[", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "{\"a\":", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "tru", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "[1}", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "{'a': 1}", 0, &v, &e), PITH_EFORMAT);
    assert_int_equal(parse(a, "\xEF\xBB\xBF[]", 0, &v, &e), 0);
    assert_int_equal(parse(a, " [ ] ", 0, &v, &e), 0);
    assert_int_equal(parse(a, "{}", 0, &v, &e), 0);
    assert_int_equal(v->count, 0);
    arena_free(a);
}

static void tolerant_mode_accepts_page_json_ld(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    json_value *v;
    const char *doc = "// lead comment\n{\"@type\": \"NewsArticle\", /* block */ \"headline\": "
                      "\"Line\nbreak &amp; tab\t\", 'author': ['A', 'B',], \"x\": \"\\'q\\'\",}"
                      "\xC2\xA0 ; trailing garbage";
    assert_int_equal(parse(a, doc, 0, &v, NULL), PITH_EFORMAT);
    assert_int_equal(parse(a, doc, JSON_TOLERANT, &v, NULL), 0);
    assert_slice(json_string(json_get(v, "@type")), "NewsArticle");
    /* Raw control characters kept, HTML entities not decoded. */
    assert_slice(json_string(json_get(v, "headline")), "Line\nbreak &amp; tab\t");
    assert_int_equal(json_get(v, "author")->count, 2);
    assert_slice(json_string(json_at(json_get(v, "author"), 1)), "B");
    assert_slice(json_string(json_get(v, "x")), "'q'");
    /* Trailing commas at every level; an unterminated comment ends input. */
    assert_int_equal(parse(a, "[[1,],{\"a\":[],},]", JSON_TOLERANT, &v, NULL), 0);
    assert_int_equal(v->count, 2);
    assert_int_equal(parse(a, "[1] /* open", JSON_TOLERANT, &v, NULL), 0);
    /* Still an error: a real structural break. */
    assert_int_equal(parse(a, "{\"a\": 1 \"b\": 2}", JSON_TOLERANT, &v, NULL), PITH_EFORMAT);
    assert_int_equal(parse(a, "[,]", JSON_TOLERANT, &v, NULL), PITH_EFORMAT);
    arena_free(a);
}

static void depth_is_capped_without_recursion(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    size_t n = 200000;
    char *deep = malloc(2 * n + 1);
    memset(deep, '[', n);
    memset(deep + n, ']', n);
    deep[2 * n] = '\0';
    json_value *v;
    json_error e;
    assert_int_equal(json_parse(a, deep, 2 * n, 0, 0, &v, &e), PITH_ELIMIT);
    assert_int_equal(e.offset, JSON_DEFAULT_MAX_DEPTH + 1);
    /* Within a raised cap the same document parses. */
    assert_int_equal(json_parse(a, deep, 2 * n, 0, (unsigned)n, &v, &e), 0);
    const json_value *c = v;
    size_t depth = 0;
    while (c->first) {
        c = c->first;
        depth++;
    }
    assert_int_equal(depth, n - 1);
    /* Exactly at the cap is fine. */
    assert_int_equal(json_parse(a, deep + n - 3, 6, 0, 3, &v, &e), 0);
    assert_int_equal(json_parse(a, deep + n - 4, 8, 0, 3, &v, &e), PITH_ELIMIT);
    free(deep);
    arena_free(a);
}

static void out_of_memory_is_reported(void **state)
{
    (void)state;
    arena *a = arena_new(1024);
    char big[4096];
    size_t n = 0;
    big[n++] = '[';
    while (n < sizeof big - 8) {
        memcpy(big + n, "\"\\n\",", 5);
        n += 5;
    }
    big[n++] = '1';
    big[n++] = ']';
    json_value *v;
    assert_int_equal(json_parse(a, big, n, 0, 0, &v, NULL), PITH_ENOMEM);
    arena_free(a);
}

/* The string scan passes over eight bytes at a time when they hold no
 * quote, backslash or (strictly read) control character: strings of
 * generated pieces end where a byte-by-byte scan ends them, with its
 * errors at its offsets. */
static test_rng rng = { 0x243F6A8885A308D3u };
static unsigned rnd(unsigned n)
{
    return test_rng_below(&rng, n);
}

static void string_scan_matches_bytewise_scan(void **state)
{
    (void)state;
    static const char *const pieces[] = { "a", "b", " ", "\"", "\\\"", "\\\\", "\\n", "\\u00e9", "\\", "\x01",
                                          "\x1F", "\t", "\xC3\xA9", "abcdefgh", "0123456789abcdef", "'", "/" };
    arena *a = arena_new(0);
    char doc[512];
    for (int iter = 0; iter < 100000; iter++) {
        size_t n = 0;
        doc[n++] = '"';
        for (unsigned k = rnd(40); k; k--) {
            const char *p = pieces[rnd(sizeof pieces / sizeof *pieces)];
            size_t m = strlen(p);
            if (n + m + 2 > sizeof doc)
                break;
            memcpy(doc + n, p, m);
            n += m;
        }
        if (rnd(4))
            doc[n++] = '"';
        for (unsigned tolerant = 0; tolerant < 2; tolerant++) {
            /* The byte-by-byte scan: where the string ends, or fails. */
            size_t i = 1, fail = 0;
            bool escaped = false, failed = false;
            for (;; i++) {
                if (i >= n) {
                    failed = true, fail = 0;
                    break;
                }
                unsigned char c = (unsigned char)doc[i];
                if (c == '"')
                    break;
                if (c == '\\') {
                    escaped = true;
                    i++;
                } else if (c < 0x20 && !tolerant) {
                    failed = true, fail = i;
                    break;
                }
            }
            json_value *v = NULL;
            json_error e = { 0, NULL };
            int rc = json_parse(a, doc, n, tolerant ? JSON_TOLERANT : 0, 0, &v, &e);
            if (failed) {
                assert_int_equal(rc, PITH_EFORMAT);
                assert_int_equal(e.offset, fail);
                continue;
            }
            bool after = false; /* content after the value */
            for (size_t k = i + 1; k < n; k++)
                after |= doc[k] != ' ' && doc[k] != '\t';
            if (after && !tolerant) {
                assert_int_not_equal(rc, 0);
                continue;
            }
            if (rc != 0)
                continue; /* a bad escape, found by the decoding pass */
            assert_int_equal(v->type, JSON_STRING);
            if (!escaped) {
                assert_int_equal(v->text.len, i - 1);
                assert_memory_equal(v->text.ptr, doc + 1, i - 1);
            }
        }
        if (iter % 1000 == 0)
            arena_reset(a);
    }
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parses_nested_document_in_order),
        cmocka_unit_test(decodes_escapes_and_surrogates),
        cmocka_unit_test(numbers_follow_the_grammar),
        cmocka_unit_test(strict_mode_rejects_and_reports_offsets),
        cmocka_unit_test(tolerant_mode_accepts_page_json_ld),
        cmocka_unit_test(depth_is_capped_without_recursion),
        cmocka_unit_test(out_of_memory_is_reported),
        cmocka_unit_test(string_scan_matches_bytewise_scan),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
