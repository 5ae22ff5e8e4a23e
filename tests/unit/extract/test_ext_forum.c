/* test_ext_forum.c - a forum thread keeps every post's date, message
 * and quote and loses what repeats around them: the user panel's figures
 * (joined, messages), signatures, "click to expand" links and share or
 * action bars.  Author panels repeated over the posts make a forum of a
 * page nothing declared; a lone "signature" on an article is left alone.
 * On a Q&A page the comments under the question and answers go. */
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
    ext_page p;
    ext_page_run_at(&p, thread, "https://talk.example/threads/which-lens-for-birds.4711/");
    ext_page_type type = p.res.page_type;
    const char *s = p.text.data;
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
    ext_page_done(&p);
}

/* Nothing declares this thread a forum (no schema.org type, a plain
 * URL), but an author panel beside each post does. */
static const char plain_thread[] =
    "<!doctype html><html lang=en><head><title>Tyres</title></head><body><main><h1>Tyres</h1>"
    POST("dora", "Which tyres do you run in winter on the gravel roads up north? Mine slip on every "
                 "icy corner and I would rather not find out the hard way what the ditch looks like.")
    POST("emil", "Studded ones, without question. They are loud on tarmac but nothing else holds on "
                 "packed ice, and the wear is less than people say if you keep the pressure right.")
    POST("frey", "Studs here too. Check the local rules first, some towns ban them from spring on "
                 "and the fines are steep enough to pay for a second set of wheels.")
    "</main></body></html>";

static void undeclared_thread_is_forum(void **state)
{
    (void)state;
    ext_page p;
    ext_page_run_at(&p, plain_thread, "https://bikes.example/index.php?page=8812");
    ext_page_type type = p.res.page_type;
    const char *s = p.text.data;
    assert_int_equal(type, PAGE_FORUM);
    assert_non_null(strstr(s, "icy corner"));
    assert_non_null(strstr(s, "packed ice"));
    assert_null(strstr(s, "Reaction score"));
    assert_null(strstr(s, "My rig"));
    ext_page_done(&p);
}

/* A Q&A page: the answers stay, the schema.org Comments under the
 * question and under each answer go. */
static const char qa_page[] =
    "<!doctype html><html lang=en><head><title>Undo a commit</title></head><body>"
    "<main itemscope itemtype=\"https://schema.org/QAPage\">"
    "<div itemprop=mainEntity itemscope itemtype=\"https://schema.org/Question\">"
    "<h1 itemprop=name>How do I undo my last local commit?</h1><div itemprop=text><p>I committed "
    "the wrong files to my local branch and have not pushed yet. How can I take the commit back "
    "without losing the changes I made to the files?</p></div>"
    "<ul class=comments><li itemprop=comment itemscope itemtype=\"https://schema.org/Comment\">"
    "Which version of the tool are you running? Commented Mar 1 at 9:14</li></ul>"
    "<div itemprop=suggestedAnswer itemscope itemtype=\"https://schema.org/Answer\">"
    "<div itemprop=text><p>Reset the branch to the commit before it with the soft mode: the "
    "changes stay in your working tree and in the index, ready to be committed again.</p></div>"
    "<ul class=comments><li itemprop=comment itemscope itemtype=\"https://schema.org/Comment\">"
    "Thanks, that saved my afternoon. Commented Mar 2 at 8:01</li></ul></div>"
    "<div itemprop=suggestedAnswer itemscope itemtype=\"https://schema.org/Answer\">"
    "<div itemprop=text><p>If you already pushed, revert the commit instead: it adds a new commit "
    "that undoes the old one, so nobody else has to rewrite their history.</p></div>"
    "</div></div></main></body></html>";

static void qa_drops_comments(void **state)
{
    (void)state;
    ext_page p;
    ext_page_run_at(&p, qa_page, "https://ask.example/questions/4711/undo-last-commit");
    ext_page_type type = p.res.page_type;
    const char *s = p.text.data;
    assert_int_equal(type, PAGE_FORUM);
    assert_non_null(strstr(s, "wrong files to my local branch"));
    assert_non_null(strstr(s, "soft mode"));
    assert_non_null(strstr(s, "revert the commit instead"));
    assert_null(strstr(s, "Which version of the tool"));
    assert_null(strstr(s, "saved my afternoon"));
    ext_page_done(&p);
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
    ext_page p;
    ext_page_run_at(&p, page, "https://news.example/2024/03/garden-birds");
    ext_page_type type = p.res.page_type;
    const char *s = p.text.data;
    assert_int_not_equal(type, PAGE_FORUM);
    assert_non_null(strstr(s, "Reporting by the science desk"));
    ext_page_done(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(thread_drops_post_furniture),
        cmocka_unit_test(undeclared_thread_is_forum),
        cmocka_unit_test(qa_drops_comments),
        cmocka_unit_test(article_is_untouched),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
