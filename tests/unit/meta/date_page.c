/* date_page.c - see date_page.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "date_page.h"
#include "mini_tree.h"

void extract_url(page *p, const char *html, const char *url)
{
    p->a = arena_new(0);
    p->ctx = meta_context_new();
    meta_context_set_now(p->ctx, DATE_PAGE_NOW);
    dom_document doc;
    assert_int_equal(mini_tree_parse(p->a, html, strlen(html), &doc), 0);
    slice u = url ? slice_make(url, strlen(url)) : slice_make("", 0);
    assert_int_equal(meta_extract(p->ctx, &doc, u, p->a, &p->m), 0);
}

void extract(page *p, const char *html) { extract_url(p, html, NULL); }

void done(page *p)
{
    meta_context_free(p->ctx);
    arena_free(p->a);
}

void day_is(const page *p, const char *want)
{
    slice s = p->m.date_published;
    if (!want) {
        if (s.ptr)
            fail_msg("got '%.*s', expected no date", (int)s.len, s.ptr);
        return;
    }
    if (!s.ptr || s.len < 10 || memcmp(s.ptr, want, 10) != 0)
        fail_msg("got '%.*s', expected %s", (int)s.len, s.ptr ? s.ptr : "(null)", want);
}
