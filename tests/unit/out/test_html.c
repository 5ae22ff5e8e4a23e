/* test_html.c - the HTML writer: escaping, void elements, dropped
 * subtrees, block layout. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "out/out.h"
#include "tree.h"

static void text_is_escaped_and_blocks_get_lines(void **state)
{
    (void)state;
    assert_render(RENDER_HTML, "<p>a &amp; b &lt;c&gt; \"q\"</p><ul>\n<li>x</li>\n</ul>",
                  "<p>a &amp; b &lt;c&gt; \"q\"</p>\n<ul>\n<li>x</li>\n</ul>");
}

static void attributes_and_void_elements(void **state)
{
    (void)state;
    assert_render(RENDER_HTML, "<p><a href=\"x?a=1&amp;b=&quot;2&quot;&lt;\">l</a><img src=\"i.png\" alt=\"\"><br></p><hr>",
                  "<p><a href=\"x?a=1&amp;b=&quot;2&quot;&lt;\">l</a><img src=\"i.png\" alt=\"\"><br></p>\n<hr>");
}

static void pre_keeps_whitespace(void **state)
{
    (void)state;
    assert_render(RENDER_HTML, "<pre>a\n  <b>b</b>\n</pre><p>c</p>", "<pre>a\n  <b>b</b>\n</pre>\n<p>c</p>");
}

static void scripts_and_unsafe_names_are_dropped(void **state)
{
    (void)state;
    assert_render(RENDER_HTML, "<p>a<script>x</script><style>y</style></p>", "<p>a</p>");
    assert_render(RENDER_HTML, "<p>a<x\"y>b</x\"y></p>", "<p>ab</p>");
}

static void tables_lay_out_row_by_row(void **state)
{
    (void)state;
    assert_render(RENDER_HTML, "<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
                  "<table>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(text_is_escaped_and_blocks_get_lines),
        cmocka_unit_test(attributes_and_void_elements),
        cmocka_unit_test(pre_keeps_whitespace),
        cmocka_unit_test(scripts_and_unsafe_names_are_dropped),
        cmocka_unit_test(tables_lay_out_row_by_row),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
