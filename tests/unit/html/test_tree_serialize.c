/* test_tree_serialize.c - the HTML serialiser (HTML Standard 13.3) over
 * trees the parser builds, fragment parsing entry points, text coalescing
 * and parse error counting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/buf.h"
#include "html/parse.h"
#include "html/serialize.h"

/* Parses `html` as a document and serialises the <body>'s children. */
static void body_html(const char *html, buf *out)
{
    arena *a = arena_new(0);
    dom_document doc;
    html_parse_options opt = { 0 };
    assert_int_equal(html_parse_document(a, html, strlen(html), &opt, &doc), 0);
    const dom_node *body = NULL;
    for (const dom_node *n = doc.root; n; n = dom_next(doc.root, n))
        if (dom_is(n, TAG_BODY)) {
            body = n;
            break;
        }
    assert_non_null(body);
    buf_clear(out);
    html_serialize_children(body, out);
    buf_cstr(out);
    arena_free(a);
}

static void expect_body(const char *html, const char *want)
{
    buf out = BUF_INIT;
    body_html(html, &out);
    assert_string_equal(out.data ? out.data : "", want);
    buf_dispose(&out);
}

static void escapes_text_and_attributes(void **state)
{
    (void)state;
    expect_body("<p title='a\"b&amp;c'>1 &lt; 2 &amp;&nbsp;3</p>",
                "<p title=\"a&quot;b&amp;c\">1 &lt; 2 &amp;&nbsp;3</p>");
}

static void void_elements_have_no_end_tag(void **state)
{
    (void)state;
    expect_body("<br><img src=x><input type=text>a<hr>", "<br><img src=\"x\"><input type=\"text\">a<hr>");
}

static void raw_text_is_not_escaped(void **state)
{
    (void)state;
    expect_body("<body><script>if (a < b && c) {}</script><style>p>q{}</style>",
                "<script>if (a < b && c) {}</script><style>p>q{}</style>");
}

static void template_contents_are_serialised(void **state)
{
    (void)state;
    expect_body("<body><template><td>x</td></template>", "<template><td>x</td></template>");
}

static void foreign_attributes_keep_prefixes(void **state)
{
    (void)state;
    expect_body("<svg viewbox='0 0 1 1'><use xlink:href='#a'/></svg>",
                "<svg viewBox=\"0 0 1 1\"><use xlink:href=\"#a\"></use></svg>");
}

static void misnested_markup_is_repaired(void **state)
{
    (void)state;
    expect_body("<b>1<p>2</b>3</p>", "<b>1</b><p><b>2</b>3</p>");
    expect_body("<table><tr><td>a</table>b", "<table><tbody><tr><td>a</td></tr></tbody></table>b");
}

static void adjacent_characters_coalesce(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    dom_document doc;
    const char *html = "<p>a&amp;b&lt;c\r\nd";
    assert_int_equal(html_parse_document(a, html, strlen(html), NULL, &doc), 0);
    const dom_node *p = NULL;
    for (const dom_node *n = doc.root; n; n = dom_next(doc.root, n))
        if (dom_is(n, TAG_P))
            p = n;
    assert_non_null(p);
    assert_non_null(p->first_child);
    assert_ptr_equal(p->first_child, p->last_child); /* one text node */
    assert_int_equal(p->first_child->u.text.len, strlen("a&b<c\nd"));
    assert_memory_equal(p->first_child->u.text.ptr, "a&b<c\nd", strlen("a&b<c\nd"));
    arena_free(a);
}

static void fragment_in_context(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    dom_document doc;
    const char *html = "<td>1</td><td>2";
    assert_int_equal(html_parse_fragment(a, html, strlen(html), NS_HTML, SLICE_LIT("tr"), NULL,
                                         &doc),
                     0);
    assert_int_equal(doc.root->type, DOM_FRAGMENT);
    buf out = BUF_INIT;
    html_serialize_children(doc.root, &out);
    buf_cstr(&out);
    assert_string_equal(out.data, "<td>1</td><td>2</td>");
    /* A <title> context makes the tokenizer start in RCDATA. */
    const char *t = "<b>x</b>";
    assert_int_equal(html_parse_fragment(a, t, strlen(t), NS_HTML, SLICE_LIT("title"), NULL, &doc),
                     0);
    buf_clear(&out);
    html_serialize_children(doc.root, &out);
    buf_cstr(&out);
    assert_string_equal(out.data, "&lt;b&gt;x&lt;/b&gt;");
    buf_dispose(&out);
    arena_free(a);
}

static void parse_errors_are_counted(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    dom_document doc;
    const char *good = "<!DOCTYPE html><title>t</title><p>x";
    assert_int_equal(html_parse_document(a, good, strlen(good), NULL, &doc), 0);
    assert_int_equal(doc.parse_errors, 0);
    assert_int_equal(doc.quirks, DOM_NO_QUIRKS);
    const char *bad = "<p></b></i><table>x";
    assert_int_equal(html_parse_document(a, bad, strlen(bad), NULL, &doc), 0);
    assert_true(doc.parse_errors >= 4);
    assert_int_equal(doc.quirks, DOM_QUIRKS); /* no DOCTYPE */
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(escapes_text_and_attributes),
        cmocka_unit_test(void_elements_have_no_end_tag),
        cmocka_unit_test(raw_text_is_not_escaped),
        cmocka_unit_test(template_contents_are_serialised),
        cmocka_unit_test(foreign_attributes_keep_prefixes),
        cmocka_unit_test(misnested_markup_is_repaired),
        cmocka_unit_test(adjacent_characters_coalesce),
        cmocka_unit_test(fragment_in_context),
        cmocka_unit_test(parse_errors_are_counted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
