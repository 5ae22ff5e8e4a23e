/* test_tree_hostile.c - the tree builder on inputs made to hurt it: deep
 * nesting, a million end tags, deeply nested tables, misnested formatting
 * elements by the thousand, and the node and depth limits.  Each must
 * finish in about linear time: the budgets are generous (they also run
 * under AddressSanitizer) but a quadratic algorithm misses them by far. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "core/arena.h"
#include "core/buf.h"
#include "html/parse.h"
#include "html/tree/tree.h"
#include "html/serialize.h"
#include "pith.h"

/* Seconds a case may take; release builds need well under 2. */
#define BUDGET_SECONDS 30.0

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The input: `head`, then `unit` repeated n times, then `tail`. */
static char *repeat(const char *head, const char *unit, size_t n, const char *tail, size_t *len)
{
    buf b = BUF_INIT;
    buf_puts(&b, head);
    size_t ul = strlen(unit);
    for (size_t i = 0; i < n; i++)
        buf_append(&b, unit, ul);
    buf_puts(&b, tail);
    assert_false(b.failed);
    return buf_detach(&b, len);
}

/* Depth of the deepest node below root, walked without recursion. */
static size_t tree_depth(const dom_node *root)
{
    size_t d = 0, max = 0;
    const dom_node *n = root;
    for (;;) {
        if (n->first_child) {
            n = n->first_child;
            if (++d > max)
                max = d;
            continue;
        }
        while (n != root && !n->next) {
            n = n->parent;
            d--;
        }
        if (n == root)
            return max;
        n = n->next;
    }
}

static size_t count_tag(const dom_node *root, tag_id tag)
{
    size_t c = 0;
    for (const dom_node *n = root; n; n = dom_next(root, n))
        if (dom_is(n, tag))
            c++;
    return c;
}

typedef struct run {
    dom_document doc;
    arena *a;
    char *input;
    double seconds;
    int rc;
} run;

static void parse(run *r, const html_parse_options *opt)
{
    r->a = arena_new(0);
    assert_non_null(r->a);
    html_parse_options def = { 0 };
    double t0 = now();
    r->rc = html_parse_document(r->a, r->input, strlen(r->input), opt ? opt : &def, &r->doc);
    r->seconds = now() - t0;
    if (getenv("PITH_TEST_VERBOSE"))
        fprintf(stderr, "  parse: %.3f s, %u nodes\n", r->seconds, r->doc.node_count);
    assert_true(r->seconds < BUDGET_SECONDS);
}

/* Parses `head`, `unit` n times, `tail` (see repeat()). */
static void parse_repeated(run *r, const char *head, const char *unit, size_t n, const char *tail,
                           const html_parse_options *opt)
{
    size_t len;
    r->input = repeat(head, unit, n, tail, &len);
    parse(r, opt);
}

static void finish(run *r)
{
    arena_free(r->a);
    free(r->input);
}

static void million_nested_divs(void **state)
{
    (void)state;
    run r = { 0 };
    parse_repeated(&r, "<!DOCTYPE html><body>", "<div>", 1000000, "x", NULL);
    assert_int_equal(r.rc, 0);
    /* Depth capped: document > html > body > 512 levels of elements. */
    assert_true(tree_depth(r.doc.root) <= HTML_DEFAULT_MAX_DEPTH + 1);
    assert_int_equal(count_tag(r.doc.root, TAG_DIV), 1000000);
    finish(&r);
}

static void million_end_p(void **state)
{
    (void)state;
    run r = { 0 };
    parse_repeated(&r, "<body>", "</p>", 1000000, "", NULL);
    assert_int_equal(r.rc, 0);
    /* Each stray </p> becomes an empty <p>, as the standard says. */
    assert_int_equal(count_tag(r.doc.root, TAG_P), 1000000);
    finish(&r);
}

static void deeply_nested_tables(void **state)
{
    (void)state;
    run r = { 0 };
    parse_repeated(&r, "<!DOCTYPE html>", "<table><tr><td>", 100000, "cell", NULL);
    assert_int_equal(r.rc, 0);
    assert_int_equal(count_tag(r.doc.root, TAG_TABLE), 100000);
    assert_true(tree_depth(r.doc.root) <= HTML_DEFAULT_MAX_DEPTH + 1);
    finish(&r);
}

static void misnested_formatting(void **state)
{
    (void)state;
    run r = { 0 };
    /* Every </b> runs the adoption agency across a block. */
    parse_repeated(&r, "<body>", "<b><i><div>x</b>y</i>", 50000, "", NULL);
    assert_int_equal(r.rc, 0);
    finish(&r);
}

static void formatting_with_distinct_attributes(void **state)
{
    (void)state;
    /* Distinct attributes defeat the Noah's Ark clause; then each
     * paragraph would re-create every entry. */
    buf b = BUF_INIT;
    buf_puts(&b, "<body><p>");
    for (int i = 0; i < 5000; i++)
        buf_printf(&b, "<b id=%d>", i);
    buf_puts(&b, "</p>");
    for (int i = 0; i < 20000; i++)
        buf_puts(&b, "<p>x</p>");
    size_t len;
    run r = { 0 };
    r.input = buf_detach(&b, &len);
    parse(&r, NULL);
    assert_int_equal(r.rc, 0);
    /* Bounded re-creation: at most the capped list per paragraph, not
     * 5000. */
    assert_true(r.doc.node_count < 20000u * (HTML_TREE_MAX_FORMATTING + 3) + 5100);
    finish(&r);
}

static void formatting_with_many_attributes(void **state)
{
    (void)state;
    /* Equal elements with a thousand attributes each: the Noah's Ark
     * comparison and the re-creation must not multiply the work. */
    buf b = BUF_INIT;
    buf_puts(&b, "<body><p>");
    for (int i = 0; i < 300; i++) {
        buf_puts(&b, "<b");
        for (int k = 0; k < 1000; k++)
            buf_printf(&b, " a%d=%d", k, i % 2);
        buf_putc(&b, '>');
    }
    buf_puts(&b, "</p>");
    for (int i = 0; i < 20000; i++)
        buf_puts(&b, "<p>x</p>");
    size_t len;
    run r = { 0 };
    r.input = buf_detach(&b, &len);
    parse(&r, NULL);
    assert_int_equal(r.rc, 0);
    /* Re-created elements share their attribute arrays. */
    assert_true(arena_used(r.a) < (size_t)1 << 30);
    finish(&r);
}

static void many_anchors_and_nobr(void **state)
{
    (void)state;
    run r = { 0 };
    parse_repeated(&r, "<body>", "<a href=x><nobr><nobr><table><a>t", 30000, "", NULL);
    assert_int_equal(r.rc, 0);
    finish(&r);
}

static void block_under_formatting_then_end_tags(void **state)
{
    (void)state;
    run r = { 0 };
    size_t len;
    /* One <b> under a tall stack of blocks, ended again and again. */
    buf b = BUF_INIT;
    buf_puts(&b, "<body><b>");
    for (int i = 0; i < 100000; i++)
        buf_puts(&b, "<div>");
    for (int i = 0; i < 100000; i++)
        buf_puts(&b, "</b>z");
    r.input = buf_detach(&b, &len);
    parse(&r, NULL);
    assert_int_equal(r.rc, 0);
    finish(&r);
}

static void node_limit_is_an_error(void **state)
{
    (void)state;
    run r = { 0 };
    html_parse_options opt = { .max_nodes = 1000 };
    parse_repeated(&r, "<body>", "<span>x</span>", 10000, "", &opt);
    assert_int_equal(r.rc, PITH_ELIMIT);
    finish(&r);
}

static void depth_option_is_honoured(void **state)
{
    (void)state;
    run r = { 0 };
    html_parse_options opt = { .max_depth = 16 };
    parse_repeated(&r, "", "<div><span><em>", 1000, "<p>text", &opt);
    assert_int_equal(r.rc, 0);
    assert_true(tree_depth(r.doc.root) <= 17);
    /* Nothing is lost: every element is still in the tree. */
    assert_int_equal(count_tag(r.doc.root, TAG_DIV), 1000);
    finish(&r);
}

static void deep_foreign_and_templates(void **state)
{
    (void)state;
    run r = { 0 };
    parse_repeated(&r, "<body>", "<svg><foreignObject><math><mi><template>", 20000, "x", NULL);
    assert_int_equal(r.rc, 0);
    buf out = BUF_INIT;
    html_dump_test_format(r.doc.root, &out); /* iterative: no stack overflow */
    assert_false(out.failed);
    buf_dispose(&out);
    finish(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(million_nested_divs),
        cmocka_unit_test(million_end_p),
        cmocka_unit_test(deeply_nested_tables),
        cmocka_unit_test(misnested_formatting),
        cmocka_unit_test(formatting_with_distinct_attributes),
        cmocka_unit_test(formatting_with_many_attributes),
        cmocka_unit_test(many_anchors_and_nobr),
        cmocka_unit_test(block_under_formatting_then_end_tags),
        cmocka_unit_test(node_limit_is_an_error),
        cmocka_unit_test(depth_option_is_honoured),
        cmocka_unit_test(deep_foreign_and_templates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
