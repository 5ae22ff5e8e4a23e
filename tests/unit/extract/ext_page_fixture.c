/* ext_page_fixture.c - see ext_page_fixture.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "ext_page_fixture.h"
#include "html/parse.h"
#include "out/out.h"

void ext_page_run(ext_page *p, const char *html, const ext_options *eo)
{
    p->dom_arena = arena_new(0);
    p->out = arena_new(0);
    assert_non_null(p->dom_arena);
    assert_non_null(p->out);
    html_parse_options po = { .scripting = true };
    assert_int_equal(html_parse_document(p->dom_arena, html, strlen(html), &po, &p->doc), 0);
    assert_int_equal(ext_extract(&p->doc, eo, p->out, &p->res), 0);
    p->text = BUF_INIT;
    out_text(p->res.tree.root, &p->text);
    buf_putc(&p->text, '\0');
    assert_false(p->text.failed);
}

void ext_page_run_at(ext_page *p, const char *html, const char *url)
{
    ext_options eo = { .tables = true, .base_url = slice_make(url, strlen(url)) };
    ext_page_run(p, html, &eo);
}

void ext_page_done(ext_page *p)
{
    buf_dispose(&p->text);
    arena_free(p->out);
    arena_free(p->dom_arena);
}

void ext_page_expect(const ext_page *p, const char *const *kept, size_t nk, const char *const *gone,
                     size_t ng)
{
    const char *t = p->text.data;
    for (size_t i = 0; i < nk; i++)
        if (!strstr(t, kept[i]))
            fail_msg("'%s' is missing from the text: %s", kept[i], t);
    for (size_t i = 0; i < ng; i++)
        if (strstr(t, gone[i]))
            fail_msg("'%s' leaked into the text: %s", gone[i], t);
}
