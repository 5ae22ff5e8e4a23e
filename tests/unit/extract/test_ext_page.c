/* test_ext_page.c - extraction on small whole pages: the article text
 * without navigation, share bar, tags, sidebar and footer; the headline
 * out of the body; the dated sidebar list as a side list; a listing's
 * cards kept; hidden and script text never content. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "core/buf.h"
#include "extract/extract.h"
#include "html/parse.h"
#include "out/out.h"
#include "ext_page_fixture.h"
#include "pith.h"


static void run(ext_page *p, const char *html, int favor)
{
    ext_options eo = { .favor = favor, .tables = true, .links = true, .images = true,
                       .base_url = SLICE_LIT("https://news.example/a/1") };
    ext_page_run(p, html, &eo);
}


#define PARA(s) "<p>" s " It was a long day for everyone involved, and the officials said more news would follow soon.</p>"

static const char article_page[] =
    "<!doctype html><html lang=en><head><title>Storm hits the coast - Daily</title></head><body>"
    "<div class=cookie-banner>We use cookies. <a href=/p>Policy</a></div>"
    "<header><nav><ul><li><a href=/>Home</a><li><a href=/w>World</a><li><a href=/s>Sports</a></ul></nav></header>"
    "<main><article><h1>Storm hits the coast</h1><div class=share><a href=/fb>Share</a> <a href=/tw>Tweet</a></div>"
    PARA("The storm reached the coast on Monday, bringing heavy rain.")
    PARA("Thousands of homes lost power overnight, the utility said.")
    "<div class=ad>Advertisement</div>"
    PARA("Schools will stay closed until Wednesday, the mayor announced.")
    "<div class=tags>Tags: <a href=/t/storm>storm</a>, <a href=/t/rain>rain</a></div>"
    "</article></main>"
    "<aside><h3>Latest news</h3><ul>"
    "<li><a href=/n/1>Markets rally after the central bank decision</a> <span>11.Mar.2026</span>"
    "<li><a href=/n/2>Local team wins the regional championship final</a> <span>10.Mar.2026</span>"
    "<li><a href=/n/3>New bridge opens to traffic after three years</a> <span>March 9, 2026</span>"
    "</ul></aside>"
    "<div hidden>secret hidden text</div><script>var tracking = 'script text';</script>"
    "<footer><p>&copy; 2026 Daily. All rights reserved.</p></footer></body></html>";

static void test_article(void **state)
{
    (void)state;
    ext_page p;
    run(&p, article_page, 0);
    const char *t = p.text.data;
    assert_non_null(strstr(t, "The storm reached the coast on Monday"));
    assert_non_null(strstr(t, "Thousands of homes lost power"));
    assert_non_null(strstr(t, "Schools will stay closed"));
    static const char *const absent[] = { "cookies", "Home", "Tweet", "Advertisement", "Tags:",
                                          "Markets rally", "Latest news", "secret", "script text",
                                          "rights reserved", "Storm hits the coast" };
    for (size_t i = 0; i < sizeof absent / sizeof *absent; i++)
        if (strstr(t, absent[i]))
            fail_msg("'%s' leaked into the text: %s", absent[i], t);
    assert_int_equal(p.res.page_type, PAGE_ARTICLE);
    assert_non_null(p.res.title.ptr);
    assert_true(slice_eq_cstr(p.res.title, "Storm hits the coast"));
    assert_true(p.res.confidence > 0.5);

    assert_int_equal(p.res.list_count, 1);
    ext_list *l = &p.res.lists[0];
    assert_true(slice_eq_cstr(l->heading, "Latest news"));
    assert_int_equal(l->count, 3);
    assert_true(slice_eq_cstr(l->items[0].title, "Markets rally after the central bank decision"));
    assert_true(slice_eq_cstr(l->items[0].url, "https://news.example/n/1"));
    assert_true(slice_eq_cstr(l->items[0].date, "2026-03-11"));
    assert_true(slice_eq_cstr(l->items[2].date, "2026-03-09"));
    ext_page_done(&p);
}

static void test_listing(void **state)
{
    (void)state;
    buf html = BUF_INIT;
    buf_puts(&html, "<html><body><nav><a href=/>Home</a> <a href=/x>About us</a></nav>"
                    "<h1>All recipes</h1><div class=grid>");
    for (int i = 0; i < 12; i++)
        buf_printf(&html, "<div class=card><a href=/r/%d>Recipe number %d with tomatoes and basil</a>"
                          "<span>Ready in %d minutes</span></div>", i, i, 10 + i);
    buf_puts(&html, "</div><footer>Contact | Imprint</footer></body></html>");
    buf_putc(&html, '\0');
    ext_page p;
    run(&p, html.data, 0);
    /* The cards are the content, not an empty article. */
    assert_non_null(strstr(p.text.data, "Recipe number 0 with tomatoes"));
    assert_non_null(strstr(p.text.data, "Recipe number 11 with tomatoes"));
    assert_null(strstr(p.text.data, "Imprint"));
    ext_page_done(&p);
    buf_dispose(&html);
}

static void test_empty_and_hostile(void **state)
{
    (void)state;
    ext_page p;
    run(&p, "", 0);
    assert_string_equal(p.text.data, "");
    ext_page_done(&p);
    /* Deep nesting: no recursion, no crash. */
    buf html = BUF_INIT;
    for (int i = 0; i < 5000; i++)
        buf_puts(&html, "<div><span>");
    buf_puts(&html, "deep text, with a comma. And a sentence.");
    buf_putc(&html, '\0');
    run(&p, html.data, 1);
    assert_non_null(strstr(p.text.data, "deep text"));
    ext_page_done(&p);
    buf_dispose(&html);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article),
        cmocka_unit_test(test_listing),
        cmocka_unit_test(test_empty_and_hostile),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
