/* test_markdown.c - the Markdown writer: CommonMark blocks and inlines,
 * escapes, GFM tables, links and images only when asked. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "out/out.h"
#include "tree.h"

static void headings_and_paragraphs(void **state)
{
    (void)state;
    assert_render(RENDER_MD, "<h1>T</h1><p>a</p><h3>S</h3>", "# T\n\na\n\n### S");
    assert_render(RENDER_MD, "<h2>a<br>b <em>c</em></h2><h4> </h4><p>x</p>", "## a b *c*\n\nx");
}

static void emphasis_hugs_its_text(void **state)
{
    (void)state;
    assert_render(RENDER_MD, "<p>a<em> b </em>c <strong>d</strong><em></em>.</p>", "a *b* c **d**.");
    assert_render(RENDER_MD, "<p><em>a<em>b</em></em> <b><i>c</i></b></p>", "*ab* ***c***");
    /* Spans cannot cross blocks: closed before the break, reopened after. */
    assert_render(RENDER_MD, "<em><p>a</p><p>b</p></em>", "*a*\n\n*b*");
}

/* Delimiters that CommonMark would not read back as emphasis (6.2,
 * flanking rules) are not written; the text stays right. */
static void emphasis_survives_the_flanking_rules(void **state)
{
    (void)state;
    /* Adjacent spans of one kind merge: "**a****b**" would not parse. */
    assert_render(RENDER_MD, "<p><b>Cohort 1</b><b>Cohort 2</b> <i>x</i><i>y</i><b>z</b></p>", "**Cohort 1Cohort 2** *xy***z**");
    /* Opener after a letter, before punctuation: cannot open. */
    assert_render(RENDER_MD, "<p>a<em>\"q\"</em> b</p>", "a\"q\" b");
    /* Closer after punctuation, before a letter: cannot close. */
    assert_render(RENDER_MD, "<p>Band<em>A (Live)</em>Broadside</p>", "BandA (Live)Broadside");
    /* Closer after a no-break space (Unicode whitespace). */
    assert_render(RENDER_MD, "<p><em>Co.\xC2\xA0</em>Some <em>x</em></p>", "Co.\xC2\xA0Some *x*");
    /* Before punctuation or after a space everything is fine. */
    assert_render(RENDER_MD, "<p>(<em>a.</em>) <b>z.</b></p>", "(*a.*) **z.**");
}

static void adjacent_code_elements_make_one_span(void **state)
{
    (void)state;
    assert_render(RENDER_MD, "<p>x <code>U+00DF</code><code>0x C3</code><kbd>!</kbd> and <code>a</code> <code>b</code></p>",
                  "x `U+00DF0x C3!` and `a` `b`");
}

static void special_characters_are_escaped(void **state)
{
    (void)state;
    assert_render(RENDER_MD, "<p>*star* _u_ [x] a\\b `t` &lt;div&gt; AT&amp;T &lt; 3 a|b</p>",
                  "\\*star\\* \\_u\\_ \\[x\\] a\\\\b \\`t\\` \\<div> AT\\&T < 3 a|b");
    assert_render(RENDER_MD,
                  "<p># not</p><p>- no</p><p>1. no</p><p>+</p><p>2022 was</p><p>&gt; q</p><p>---</p>"
                  "<p>#tag</p><p>-5 C</p><p>12) x</p><p>a<br>2. b</p>",
                  "\\# not\n\n\\- no\n\n1\\. no\n\n\\+\n\n2022 was\n\n\\> q\n\n\\---\n\n#tag\n\n-5 C\n\n12\\) x\n\na\\\n2\\. b");
}

static void lists_nest_with_continuation_indent(void **state)
{
    (void)state;
    assert_render(RENDER_MD, "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n  - b\n- c");
    assert_render(RENDER_MD, "<ol start=\"9\"><li>a</li><li>b<ul><li>c</li></ul>tail</li></ol>",
                  "9. a\n10. b\n    - c\n\n    tail");
    assert_render(RENDER_MD, "<ul><li><p>a</p><p>b</p></li><li><p>c</p></li></ul><p>d</p>",
                  "- a\n\n  b\n- c\n\nd");
    assert_render(RENDER_MD, "<p>x</p><ol><li></li><li>y</li></ol>", "x\n\n2. y");
}

static void quotes_nest(void **state)
{
    (void)state;
    assert_render(RENDER_MD, "<blockquote><p>a</p><blockquote><p>b</p></blockquote><p>c</p></blockquote><p>d</p>",
                  "> a\n>\n> > b\n>\n> c\n\nd");
    assert_render(RENDER_MD, "<ul><li><blockquote>q<br>r</blockquote></li></ul>", "- > q\\\n  > r");
}

static void breaks_and_rules(void **state)
{
    (void)state;
    assert_render(RENDER_MD, "<p>a<br>b<br></p>", "a\\\nb");
    assert_render(RENDER_MD, "<p>a</p><hr><p>b</p>", "a\n\n---\n\nb");
}

static void code_spans_and_fences(void **state)
{
    (void)state;
    assert_render(RENDER_MD, "<p>use <code>a`b</code> and <code>`x`</code> or <code> a  b </code>!</p>",
                  "use ``a`b`` and `` `x` `` or `a b` !");
    assert_render(RENDER_MD, "<pre><code class=\"hl language-c\">int x;\n```\n  y;</code></pre><p>*</p>",
                  "````c\nint x;\n```\n  y;\n````\n\n\\*");
    assert_render(RENDER_MD, "<blockquote><pre>a\n\nb</pre></blockquote>", "> ```\n> a\n>\n> b\n> ```");
}

static void links_and_images_only_when_asked(void **state)
{
    (void)state;
    const char *page = "<p>See <a href=\"http://x.org/a b(1)\">the <em>site</em></a>.<img src=\"i.png\" alt=\"An [image]\"></p>";
    assert_render(RENDER_MD, page, "See the *site*.");
    assert_render(RENDER_MD_LINKS, page, "See [the *site*](http://x.org/a%20b\\(1\\)).![An \\[image\\]](i.png)");
    assert_render(RENDER_MD_LINKS, "<p><a href=\"javascript:void(0)\">x</a> <a href=\"/u\"> </a><a>y</a></p>", "x y");
    assert_render(RENDER_MD_LINKS, "<p><a href=\"/u\"><img src=\"i.png\" alt=\"\"></a></p>", "[![](i.png)](/u)");
}

static void tables_are_gfm(void **state)
{
    (void)state;
    assert_render(RENDER_MD,
                  "<table><thead><tr><th>A</th><th>B|C</th></tr></thead><tbody><tr><td>1</td>"
                  "<td colspan=\"2\">2 <code>x|y</code></td></tr><tr><td><p>x</p><p>- z</p></td></tr></tbody></table>",
                  "| A | B\\|C |  |\n| --- | --- | --- |\n| 1 | 2 `x\\|y` |  |\n| x - z |  |  |");
    assert_render(RENDER_MD, "<table><caption>Cap *</caption><tr><td>1</td></tr></table>",
                  "Cap \\*\n\n| 1 |\n| --- |");
    assert_render(RENDER_MD, "<ul><li>t<table><tr><td>1</td></tr></table></li></ul>", "- t\n\n  | 1 |\n  | --- |");
    assert_render(RENDER_MD, "<table><tr></tr></table><p>p</p>", "p");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(headings_and_paragraphs),
        cmocka_unit_test(emphasis_hugs_its_text),
        cmocka_unit_test(emphasis_survives_the_flanking_rules),
        cmocka_unit_test(adjacent_code_elements_make_one_span),
        cmocka_unit_test(special_characters_are_escaped),
        cmocka_unit_test(lists_nest_with_continuation_indent),
        cmocka_unit_test(quotes_nest),
        cmocka_unit_test(breaks_and_rules),
        cmocka_unit_test(code_spans_and_fences),
        cmocka_unit_test(links_and_images_only_when_asked),
        cmocka_unit_test(tables_are_gfm),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
