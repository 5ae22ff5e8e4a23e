/* test_tokenizer.c - what the html5lib suite does not check: slices that
 * point into the input when nothing changed, CR/CRLF preprocessing, U+0000
 * alone in its own token, duplicate attributes on hostile tags, the pull
 * interface's order and EOF, offsets, and allocation failure. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "html/tag_ids.h"
#include "html/tokenizer/tokenizer.h"
#include "pith.h"

static bool in_input(slice s, const char *in, size_t len)
{
    return s.ptr >= in && s.ptr + s.len <= in + len;
}

static bool slice_is(slice s, const char *text)
{
    return s.len == strlen(text) && memcmp(s.ptr, text, s.len) == 0;
}

static void next(html_tokenizer *t, html_token *tk)
{
    assert_int_equal(html_tok_next(t, tk), 0);
}

static void unchanged_text_and_values_point_into_the_input(void **state)
{
    (void)state;
    const char *in = "<p class=\"a b\" id=x>hello world</p>";
    size_t len = strlen(in);
    arena *a = arena_new(0);
    html_tokenizer *t = html_tok_new(a, in, len);
    html_token tk;
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_START_TAG);
    assert_int_equal(tk.tag, TAG_P);
    assert_true(slice_is(tk.name, "p") && in_input(tk.name, in, len));
    assert_int_equal(tk.attr_count, 2);
    assert_true(slice_is(tk.attrs[0].name, "class") && in_input(tk.attrs[0].name, in, len));
    assert_true(slice_is(tk.attrs[0].value, "a b") && in_input(tk.attrs[0].value, in, len));
    assert_true(slice_is(tk.attrs[1].value, "x") && in_input(tk.attrs[1].value, in, len));
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_CHARACTER);
    assert_true(slice_is(tk.data, "hello world") && in_input(tk.data, in, len));
    assert_int_equal(tk.offset, 20);
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_END_TAG);
    assert_int_equal(tk.tag, TAG_P);
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_EOF);
    next(t, &tk); /* EOF repeats */
    assert_int_equal(tk.type, TOKEN_EOF);
    assert_int_equal(html_tok_error_count(t), 0);
    arena_free(a);
}

static void uppercase_names_are_lowercased_copies(void **state)
{
    (void)state;
    const char *in = "<DIV Data-X=1></Div>";
    arena *a = arena_new(0);
    html_tokenizer *t = html_tok_new(a, in, strlen(in));
    html_token tk;
    next(t, &tk);
    assert_true(slice_is(tk.name, "div"));
    assert_int_equal(tk.tag, TAG_DIV);
    assert_true(slice_is(tk.attrs[0].name, "data-x"));
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_END_TAG);
    assert_true(slice_is(tk.name, "div"));
    arena_free(a);
}

static void carriage_returns_become_line_feeds(void **state)
{
    (void)state;
    const char *in = "a\r\nb\rc<x v=\"1\r\n2\r\"><!--\r\n-->\r";
    arena *a = arena_new(0);
    html_tokenizer *t = html_tok_new(a, in, strlen(in));
    html_token tk;
    next(t, &tk);
    assert_true(slice_is(tk.data, "a\nb\nc"));
    next(t, &tk);
    assert_true(slice_is(tk.attrs[0].value, "1\n2\n"));
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_COMMENT);
    assert_true(slice_is(tk.data, "\n"));
    next(t, &tk);
    assert_true(slice_is(tk.data, "\n"));
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_EOF);
    arena_free(a);
}

static void nul_comes_alone_in_data_and_replaced_in_rcdata(void **state)
{
    (void)state;
    const char in[] = "a\0b";
    arena *a = arena_new(0);
    html_tokenizer *t = html_tok_new(a, in, 3);
    html_token tk;
    next(t, &tk);
    assert_true(tk.data.len == 1 && tk.data.ptr[0] == 'a');
    next(t, &tk);
    assert_true(tk.type == TOKEN_CHARACTER && tk.data.len == 1 && tk.data.ptr[0] == 0);
    next(t, &tk);
    assert_true(tk.data.len == 1 && tk.data.ptr[0] == 'b');
    assert_int_equal(html_tok_error_count(t), 1);

    t = html_tok_new(a, in, 3);
    html_tok_set_state(t, HTML_TOK_RCDATA);
    next(t, &tk);
    assert_true(slice_is(tk.data, "a\xEF\xBF\xBD" "b"));
    arena_free(a);
}

static void character_references_decode(void **state)
{
    (void)state;
    const char *in = "&amp;&notit; &#x80;&#0;&bogus;<a href=\"?a=1&amp=2&lt=3&gt;\">";
    arena *a = arena_new(0);
    html_tokenizer *t = html_tok_new(a, in, strlen(in));
    html_token tk;
    next(t, &tk);
    assert_true(slice_is(tk.data, "&\xC2\xACit; \xE2\x82\xAC\xEF\xBF\xBD&bogus;"));
    next(t, &tk);
    assert_true(slice_is(tk.attrs[0].value, "?a=1&amp=2&lt=3>"));
    arena_free(a);
}

static void duplicate_attributes_keep_the_first(void **state)
{
    (void)state;
    const char *in = "<a x=1 y=2 x=3 Y=4 z>";
    arena *a = arena_new(0);
    html_tokenizer *t = html_tok_new(a, in, strlen(in));
    html_token tk;
    next(t, &tk);
    assert_int_equal(tk.attr_count, 3);
    assert_true(slice_is(tk.attrs[0].value, "1"));
    assert_true(slice_is(tk.attrs[1].value, "2"));
    assert_true(slice_is(tk.attrs[2].name, "z"));
    assert_int_equal(html_tok_error_count(t), 2);
    arena_free(a);
}

/* 200,000 distinct attributes, each given twice: the hash set keeps the
 * duplicate check linear (quadratic would take minutes). */
static void many_attributes_stay_linear(void **state)
{
    (void)state;
    enum { N = 200000 };
    size_t cap = (size_t)N * 2 * 16 + 16, len = 0;
    char *in = malloc(cap);
    assert_non_null(in);
    len += (size_t)snprintf(in + len, cap - len, "<p");
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < N; i++)
            len += (size_t)snprintf(in + len, cap - len, " a%d=%s", i, pass ? "&amp;" : "v");
    len += (size_t)snprintf(in + len, cap - len, ">");
    arena *a = arena_new(0);
    html_tokenizer *t = html_tok_new(a, in, len);
    html_token tk;
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_START_TAG);
    assert_int_equal(tk.attr_count, N);
    assert_true(slice_is(tk.attrs[N - 1].name, "a199999"));
    assert_true(slice_is(tk.attrs[N - 1].value, "v"));
    assert_int_equal(html_tok_error_count(t), N);
    arena_free(a);
    free(in);
}

/* Every attribute count around the hash set's thresholds and growth points,
 * each name given twice (a fuzzer found a probe loop that never ended when
 * the table size was not a power of two). */
static void duplicate_checks_at_every_table_size(void **state)
{
    (void)state;
    enum { MAX = 300 };
    static char in[MAX * 2 * 12 + 16];
    arena *a = arena_new(0);
    for (int n = 1; n <= MAX; n++) {
        size_t len = 0;
        len += (size_t)snprintf(in + len, sizeof in - len, "<p");
        /* Short names: their hashes crowd few slots. */
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < n; i++)
                len += (size_t)snprintf(in + len, sizeof in - len, " %c%c", 'a' + i % 26,
                                        'a' + i / 26);
        len += (size_t)snprintf(in + len, sizeof in - len, ">");
        html_tokenizer *t = html_tok_new(a, in, len);
        html_token tk;
        next(t, &tk);
        assert_int_equal(tk.attr_count, n);
        assert_int_equal(html_tok_error_count(t), n);
        arena_reset(a);
    }
    arena_free(a);
}

static void text_states_end_at_the_matching_end_tag(void **state)
{
    (void)state;
    const char *in = "<script>if (a</b) x = '</SCRIPTx>';</SCRIPT >after";
    arena *a = arena_new(0);
    html_tokenizer *t = html_tok_new(a, in, strlen(in));
    html_token tk;
    next(t, &tk);
    assert_int_equal(tk.tag, TAG_SCRIPT);
    html_tok_set_state(t, HTML_TOK_SCRIPT_DATA);
    next(t, &tk);
    assert_true(slice_is(tk.data, "if (a</b) x = '</SCRIPTx>';"));
    assert_true(in_input(tk.data, in, strlen(in)));
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_END_TAG);
    assert_int_equal(tk.tag, TAG_SCRIPT);
    next(t, &tk);
    assert_true(slice_is(tk.data, "after"));
    arena_free(a);
}

static void cdata_only_when_allowed(void **state)
{
    (void)state;
    const char *in = "<![CDATA[x<y]]>";
    arena *a = arena_new(0);
    html_tokenizer *t = html_tok_new(a, in, strlen(in));
    html_token tk;
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_COMMENT);
    assert_true(slice_is(tk.data, "[CDATA[x<y]]"));
    t = html_tok_new(a, in, strlen(in));
    html_tok_set_cdata_allowed(t, true);
    next(t, &tk);
    assert_int_equal(tk.type, TOKEN_CHARACTER);
    assert_true(slice_is(tk.data, "x<y"));
    arena_free(a);
}

static void arena_exhaustion_is_an_error_not_a_crash(void **state)
{
    (void)state;
    size_t len = 1u << 20;
    char *in = malloc(len);
    assert_non_null(in);
    for (size_t i = 0; i < len; i++)
        in[i] = "&amp;\r\n"[i % 7]; /* every run is a copy */
    arena *a = arena_new(256 * 1024);
    html_tokenizer *t = html_tok_new(a, in, len);
    assert_non_null(t);
    html_token tk;
    int rc = 0;
    for (int i = 0; i < 1000 && rc == 0; i++) {
        rc = html_tok_next(t, &tk);
        if (rc == 0 && tk.type == TOKEN_EOF)
            break;
    }
    assert_int_equal(rc, PITH_ENOMEM);
    arena_free(a);
    free(in);
}

/* Input-stream errors are counted 16 bytes at a time; every alignment of
 * each kind must count once (and whitespace, U+0000 and ordinary UTF-8
 * not at all). */
static void input_stream_errors_count_at_every_alignment(void **state)
{
    (void)state;
    static const char *const bad[] = { "\x01", "\x0B", "\x1F", "\x7F", "\xC2\x80",
                                       "\xC2\x9F", "\xEF\xB7\x90", "\xEF\xBF\xBF",
                                       "\xF0\x9F\xBF\xBE", "\xF4\x8F\xBF\xBF" };
    arena *a = arena_new(0);
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        for (size_t at = 0; at < 40; at++) {
            char in[64];
            memset(in, 'x', sizeof in);
            memcpy(in + 20, "\t\n\f\r \xC2\xA0\xEF\xBB\xBF", 10);
            size_t n = strlen(bad[k]);
            memcpy(in + (at < 20 ? at : at + 10), bad[k], n);
            html_tokenizer *t = html_tok_new(a, in, sizeof in);
            html_token tk;
            do
                next(t, &tk);
            while (tk.type != TOKEN_EOF);
            assert_int_equal(html_tok_error_count(t), 0);
            assert_int_equal(html_tok_input_stream_error_count(t), 1);
        }
    }
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unchanged_text_and_values_point_into_the_input),
        cmocka_unit_test(uppercase_names_are_lowercased_copies),
        cmocka_unit_test(carriage_returns_become_line_feeds),
        cmocka_unit_test(nul_comes_alone_in_data_and_replaced_in_rcdata),
        cmocka_unit_test(character_references_decode),
        cmocka_unit_test(duplicate_attributes_keep_the_first),
        cmocka_unit_test(many_attributes_stay_linear),
        cmocka_unit_test(duplicate_checks_at_every_table_size),
        cmocka_unit_test(text_states_end_at_the_matching_end_tag),
        cmocka_unit_test(cdata_only_when_allowed),
        cmocka_unit_test(arena_exhaustion_is_an_error_not_a_crash),
        cmocka_unit_test(input_stream_errors_count_at_every_alignment),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
