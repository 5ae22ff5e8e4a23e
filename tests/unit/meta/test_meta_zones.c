/* test_meta_zones.c - which elements are zones whose dates and names are
 * never the article's: class/id words as whole words (a plural allowed),
 * words that count only outside the article, and the substring matching
 * of meta_class_has and of the date scan's class test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "meta/meta_internal.h"
#include "mini_tree.h"

static arena *A;

/* The first element whose id is `id`. */
static const dom_node *by_id(const dom_document *doc, const char *id)
{
    for (const dom_node *n = doc->root; n; n = dom_next(doc->root, n))
        if (n->type == DOM_ELEMENT && slice_eq_cstr(dom_attr_value(n, "id"), id))
            return n;
    fail_msg("no element with id %s", id);
    return NULL;
}

static const char *PAGE =
    "<html><body>"
    "<div id=\"a\" class=\"related-posts\"><p>x</p></div>"
    "<div id=\"b\" class=\"layoutTwoColumnsRightSidebar\"><p>x</p></div>"
    "<div id=\"c\" class=\"wrap Sidebars\"><p>x</p></div>"
    "<div id=\"d\" class=\"box most-read-list\"><p>x</p></div>"
    "<div id=\"e\" class=\"commentary\"><p>x</p></div>"
    "<div id=\"f\" class=\"entry-meta\"><p>x</p></div>"
    "<article><div id=\"g\" class=\"sidebar\"><p>x</p></div>"
    "<div id=\"h\" class=\"x Comments_list\"><p>x</p></div></article>"
    "<div id=\"latest\"><p>x</p></div>"
    "</body></html>";

static void class_words_mark_zones(void **state)
{
    (void)state;
    dom_document doc;
    assert_int_equal(mini_tree_parse(A, PAGE, strlen(PAGE), &doc), 0);
    assert_true(meta_zone_excluded(by_id(&doc, "a"), NULL));
    /* A word inside a longer one does not count. */
    assert_false(meta_zone_excluded(by_id(&doc, "b"), NULL));
    assert_false(meta_zone_excluded(by_id(&doc, "e"), NULL));
    /* Case and a plural "s" do not matter; hyphenated words match. */
    assert_true(meta_zone_excluded(by_id(&doc, "c"), NULL));
    assert_true(meta_zone_excluded(by_id(&doc, "d"), NULL));
    assert_true(meta_zone_excluded(by_id(&doc, "h"), NULL));
    assert_false(meta_zone_excluded(by_id(&doc, "f"), NULL));
    /* "sidebar" counts outside the article only; the id counts too. */
    assert_false(meta_zone_excluded(by_id(&doc, "g"), NULL));
    assert_true(meta_zone_excluded(by_id(&doc, "latest"), NULL));
}

static void class_has_finds_substrings(void **state)
{
    (void)state;
    dom_document doc;
    assert_int_equal(mini_tree_parse(A, PAGE, strlen(PAGE), &doc), 0);
    static const char *const meta_words[] = { "zzz", "Meta", NULL };
    static const char *const side_words[] = { "sidebar", NULL };
    static const char *const none[] = { NULL };
    assert_true(meta_class_has(by_id(&doc, "f"), meta_words));
    assert_false(meta_class_has(by_id(&doc, "a"), meta_words));
    assert_true(meta_class_has(by_id(&doc, "b"), side_words));
    assert_false(meta_class_has(by_id(&doc, "b"), none));
}

/* The date scan's class test: its words anywhere in class or id. */
static void date_class_words_anywhere(void **state)
{
    (void)state;
    static const char *page = "<html><body>"
                              "<span id=\"p\" class=\"x post-Date\">1</span>"
                              "<span id=\"lastUpdatedTimestamp\">1</span>"
                              "<span id=\"q\" class=\"entry-meta\">1</span>"
                              "<span id=\"r\" class=\"da-te ti_me\">1</span>"
                              "<span id=\"s\">1</span>"
                              "</body></html>";
    dom_document doc;
    assert_int_equal(mini_tree_parse(A, page, strlen(page), &doc), 0);
    assert_true(meta_date_class(NULL, by_id(&doc, "p")));
    assert_true(meta_date_class(NULL, by_id(&doc, "lastUpdatedTimestamp")));
    assert_true(meta_date_class(NULL, by_id(&doc, "q")));
    assert_false(meta_date_class(NULL, by_id(&doc, "r")));
    assert_false(meta_date_class(NULL, by_id(&doc, "s")));
    assert_false(meta_date_class(NULL, doc.root));
}

int main(void)
{
    A = arena_new(0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(class_words_mark_zones),
        cmocka_unit_test(class_has_finds_substrings),
        cmocka_unit_test(date_class_words_anywhere),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free(A);
    return rc;
}
