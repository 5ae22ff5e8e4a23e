/* test_ext_forum.c - a forum thread keeps every post's date, message
 * and quote and loses what repeats around them: the user panel's figures
 * (joined, messages), signatures, "click to expand" links and share or
 * action bars.  The same markup on an article page is left alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "core/buf.h"
#include "extract/extract.h"
#include "html/parse.h"
#include "out/out.h"
#include "pith.h"

/* Extracts html as if fetched from url; returns the text (in *out). */
static char *extract_at(const char *html, const char *url, arena **keep, ext_page_type *type)
{
    arena *a = arena_new(0), *out = arena_new(0);
    assert_non_null(a);
    assert_non_null(out);
    dom_document doc;
    html_parse_options po = { .scripting = true };
    assert_int_equal(html_parse_document(a, html, strlen(html), &po, &doc), 0);
    ext_options eo = { .tables = true, .base_url = slice_make(url, strlen(url)) };
    ext_result res;
    assert_int_equal(ext_extract(&doc, &eo, out, &res), 0);
    *type = res.page_type;
    buf t = BUF_INIT;
    out_text(res.tree.root, &t);
    buf_putc(&t, '\0');
    char *s = arena_alloc(out, t.len);
    assert_non_null(s);
    memcpy(s, t.data, t.len);
    buf_dispose(&t);
    arena_free(a);
    *keep = out;
    return s;
}

#define POST(who, body)                                                                        \
    "<article class=\"message message--post\"><div class=\"message-user\">"                    \
    "<h4 class=message-name><a href=/members/" who ">" who "</a></h4>"                         \
    "<h5 class=\"message-userTitle\">Well-known member</h5>"                                   \
    "<dl class=\"message-userExtras\"><dt>Joined</dt><dd>Mar 3, 2019</dd>"                     \
    "<dt>Messages</dt><dd>1,204</dd><dt>Reaction score</dt><dd>877</dd></dl></div>"            \
    "<div class=message-main><time>Oct 8, 2024</time><div class=message-body><p>" body "</p>"  \
    "<blockquote class=bbCodeBlock><div>An earlier remark quoted here.</div>"                  \
    "<div class=\"bbCodeBlock-expandLink\"><a>Click to expand...</a></div></blockquote>"       \
    "<div class=\"user_signature\">My rig: a tower with too many fans and a loud keyboard</div>" \
    "</div><footer class=\"message-actionBar\"><a>Report</a> <a>Like</a> <a>Quote</a> "          \
    "<a>Reply</a></footer></div></article>"

static const char thread[] =
    "<!doctype html><html lang=en><head><title>Which lens for birds?</title>"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
    "\"DiscussionForumPosting\",\"headline\":\"Which lens for birds?\"}</script></head><body>"
    "<header><nav><a href=/>Forums</a> <a href=/whats-new>What's new</a></nav></header>"
    "<main><h1>Which lens for birds?</h1>"
    POST("anna", "I am looking for a lens that reaches far enough for small birds in the garden "
                 "without costing as much as a used car. What do you all use for this?")
    POST("bert", "A long zoom with stabilisation is the usual answer, and the older models are "
                 "cheap on the second-hand market now that everyone has moved to mirrorless bodies.")
    POST("carl", "Rent one for a weekend before buying. The weight matters more than you think when "
                 "you carry it around for hours waiting for the birds to come back to the feeder.")
    "<div class=\"shareButtons\"><span>Share:</span> <a>Facebook</a> <a>Email</a></div>"
    "</main><footer>Terms and rules</footer></body></html>";

static void thread_drops_post_furniture(void **state)
{
    (void)state;
    arena *out;
    ext_page_type type;
    char *s = extract_at(thread, "https://talk.example/threads/which-lens-for-birds.4711/", &out, &type);
    assert_int_equal(type, PAGE_FORUM);
    /* kept: every message, its date and its quote */
    assert_non_null(strstr(s, "small birds in the garden"));
    assert_non_null(strstr(s, "second-hand market"));
    assert_non_null(strstr(s, "waiting for the birds"));
    assert_non_null(strstr(s, "Oct 8, 2024"));
    assert_non_null(strstr(s, "An earlier remark quoted here."));
    /* dropped: panels, signatures, expand links, action and share bars */
    assert_null(strstr(s, "Joined"));
    assert_null(strstr(s, "Reaction score"));
    assert_null(strstr(s, "Well-known member"));
    assert_null(strstr(s, "Click to expand"));
    assert_null(strstr(s, "My rig"));
    assert_null(strstr(s, "Report"));
    assert_null(strstr(s, "Facebook"));
    arena_free(out);
}

/* An article's wrapper named like furniture ("post-signature-layout")
 * is not a forum's: nothing is dropped outside forum pages. */
static void article_is_untouched(void **state)
{
    (void)state;
    static const char page[] =
        "<!doctype html><html lang=en><head><title>Birds</title></head><body><main>"
        "<article><h1>Garden birds return early</h1>"
        "<p>Garden birds returned to the feeders two weeks earlier than last year, according to "
        "the annual count published on Monday by volunteers across the country.</p>"
        "<p>The count relies on thousands of households noting what they see in one hour.</p>"
        "<div class=\"signature\">Reporting by the science desk of the paper.</div>"
        "</article></main></body></html>";
    arena *out;
    ext_page_type type;
    char *s = extract_at(page, "https://news.example/2024/03/garden-birds", &out, &type);
    assert_int_not_equal(type, PAGE_FORUM);
    assert_non_null(strstr(s, "Reporting by the science desk"));
    arena_free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(thread_drops_post_furniture),
        cmocka_unit_test(article_is_untouched),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
