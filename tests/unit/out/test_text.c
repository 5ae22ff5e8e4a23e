/* test_text.c - the plain-text writer: block separation, whitespace,
 * lists, tables, <pre>, and trees too deep for recursion. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "out/out.h"
#include "tree.h"

static void paragraphs_are_separated_by_one_blank_line(void **state)
{
    (void)state;
    assert_render(RENDER_TEXT, "\n<p>One  two\nthree</p>\n \n<p> Four </p>\n", "One two three\n\nFour");
    assert_render(RENDER_TEXT, "<h2>Title</h2><p>Body <b>bold</b>.</p><div><p>In div</p></div>",
                  "Title\n\nBody bold.\n\nIn div");
    assert_render(RENDER_TEXT, "", "");
    assert_render(RENDER_TEXT, "<p> </p><p></p>", "");
}

static void whitespace_collapses_across_inline_elements(void **state)
{
    (void)state;
    assert_render(RENDER_TEXT, "<p>a <b> b </b> c<i>d</i> e</p>", "a b cd e");
    assert_render(RENDER_TEXT, "<p>x<script>var y;</script>z</p>", "xz");
}

static void br_is_a_line_break_inside_a_block_only(void **state)
{
    (void)state;
    assert_render(RENDER_TEXT, "<p>a<br>b</p>", "a\nb");
    assert_render(RENDER_TEXT, "<p><br>a<br></p><p>b<br><br>c</p>", "a\n\nb\nc");
}

static void list_items_are_one_per_line(void **state)
{
    (void)state;
    assert_render(RENDER_TEXT, "<p>Intro</p><ul><li>one</li><li>two <em>x</em></li></ul><p>After</p>",
                  "Intro\n\n- one\n- two x\n\nAfter");
    assert_render(RENDER_TEXT, "<ol start=\"3\"><li>x</li><li>y</li></ol>", "3. x\n4. y");
    assert_render(RENDER_TEXT, "<ul><li><p>a</p><p>b</p></li><li><p>c</p></li></ul>", "- a\n  b\n- c");
    assert_render(RENDER_TEXT, "<dl><dt>Term</dt><dd>Definition</dd></dl><p>z</p>", "Term\nDefinition\n\nz");
}

static void nested_lists_are_indented(void **state)
{
    (void)state;
    assert_render(RENDER_TEXT, "<ul>\n<li>a<ul><li>b</li><li>c</li></ul></li>\n<li>d</li></ul>",
                  "- a\n  - b\n  - c\n- d");
    assert_render(RENDER_TEXT, "<ol start=\"10\"><li>a<ol><li>b</li></ol></li></ol>", "10. a\n    1. b");
}

static void table_rows_are_lines_of_tab_separated_cells(void **state)
{
    (void)state;
    assert_render(RENDER_TEXT,
                  "<p>p</p><table><caption>Cap</caption><tr><th>A</th><th>B</th></tr>"
                  "<tr><td>1</td><td><p>2</p><p>3</p></td></tr><tr><td> </td></tr></table><p>q</p>",
                  "p\n\nCap\nA\tB\n1\t2 3\n\nq");
    /* A table inside a cell flattens into the cell. */
    assert_render(RENDER_TEXT, "<table><tr><td>x<table><tr><td>y</td><td>z</td></tr></table></td></tr></table>",
                  "x y z");
}

static void pre_keeps_its_lines(void **state)
{
    (void)state;
    assert_render(RENDER_TEXT, "<p>x</p><pre>\n  line1\n\n  line2\n\n</pre><p>y</p>", "x\n\n  line1\n\n  line2\n\ny");
    assert_render(RENDER_TEXT, "<ul><li><pre>a\nb</pre></li></ul>", "- a\n  b");
}

static void quotes_and_figures_are_blocks(void **state)
{
    (void)state;
    assert_render(RENDER_TEXT, "<blockquote><p>q1</p><p>q2</p></blockquote><p>z</p>", "q1\n\nq2\n\nz");
    assert_render(RENDER_TEXT, "<figure><img src=\"a.png\" alt=\"A\"><figcaption>Cap</figcaption></figure><p>t</p>",
                  "Cap\n\nt");
    assert_render(RENDER_TEXT, "<p>a</p><hr><p>b</p>", "a\n\nb");
}

static void null_tree_gives_empty_output(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    out_text(NULL, &out);
    out_markdown(NULL, true, true, &out);
    out_html(NULL, &out);
    assert_int_equal(out.len, 0);
    buf_dispose(&out);
}

/* 200,000 nested elements: a recursive writer would overflow the stack. */
static void deep_trees_do_not_recurse(void **state)
{
    (void)state;
    enum { DEPTH = 200000 };
    static const struct { tag_id tag; const char *name; } kinds[] = {
        { TAG_DIV, "div" }, { TAG_EM, "em" }, { TAG_BLOCKQUOTE, "blockquote" }, { TAG_UL, "ul" }, { TAG_LI, "li" } };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        test_tree t;
        dom_node *root = tree_parse(&t, "");
        dom_node *cur = root;
        for (int i = 0; i < DEPTH; i++) {
            dom_node *el = dom_new_element(&t.doc, NS_HTML, kinds[k].tag, slice_make(kinds[k].name, strlen(kinds[k].name)));
            assert_non_null(el);
            dom_append(cur, el);
            cur = el;
        }
        dom_append(cur, dom_new_text(&t.doc, SLICE_LIT("deep")));
        buf out = BUF_INIT;
        out_text(root, &out);
        assert_false(out.failed);
        assert_true(out.len >= 4 && memcmp(out.data + out.len - 4, "deep", 4) == 0);
        buf_clear(&out);
        out_markdown(root, true, true, &out);
        assert_false(out.failed);
        /* "deep", or "*deep*" inside the (single) emphasis. */
        assert_true(out.len >= 4 && strstr(buf_cstr(&out) + (out.len > 8 ? out.len - 8 : 0), "deep"));
        buf_clear(&out);
        out_html(root, &out);
        assert_false(out.failed);
        buf_dispose(&out);
        tree_free(&t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(paragraphs_are_separated_by_one_blank_line),
        cmocka_unit_test(whitespace_collapses_across_inline_elements),
        cmocka_unit_test(br_is_a_line_break_inside_a_block_only),
        cmocka_unit_test(list_items_are_one_per_line),
        cmocka_unit_test(nested_lists_are_indented),
        cmocka_unit_test(table_rows_are_lines_of_tab_separated_cells),
        cmocka_unit_test(pre_keeps_its_lines),
        cmocka_unit_test(quotes_and_figures_are_blocks),
        cmocka_unit_test(null_tree_gives_empty_output),
        cmocka_unit_test(deep_trees_do_not_recurse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
