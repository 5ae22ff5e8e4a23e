/* test_ext_select.c - the choice of the content container against the
 * parts that used to win it: an opinion piece whose class says
 * "commentary" (not reader comments), a sign-up form inside the article
 * container, a post held only in <noscript> beside a visible page of
 * labels, and author boxes at the end of the article. */
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


static void run(ext_page *p, const char *html)
{
    ext_options eo = { .base_url = SLICE_LIT("https://news.example/a/1") };
    ext_page_run(p, html, &eo);
}



#define PARA(s) "<p>" s " It was a long day for everyone involved, and the officials said more news would follow soon.</p>"
#define COMMENT(who, s) "<li><b>" who "</b> <span>12.03.2026, 10:15</span><p>" s \
    " I have read this twice and I still think the author has missed the point about the costs.</p>" \
    "<a href=#reply>Reply</a></li>"

static void test_commentary_is_an_article(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><div><a href=/>Home</a> <a href=/p>Politics</a> <a href=/e>Economy</a></div>"
        "<div class=\"sect article opinion commentary\"><h1>The plan will not work</h1>"
        PARA("The new plan promises cheaper power within a year, which nobody believes.")
        PARA("The company has made the same promise twice before and kept neither.")
        PARA("What the region needs is a grid that can carry the wind power it already has.")
        "</div><div class=comments><h3>Reader comments</h3><ul>"
        COMMENT("Anna", "Great piece, thank you.") COMMENT("Bernd", "Not convinced at all.")
        COMMENT("Carla", "Which plan do you mean?") COMMENT("Dieter", "Well argued, as always.")
        COMMENT("Emil", "The grid is the real issue.") COMMENT("Frida", "I disagree entirely.")
        "</ul></div></body></html>";
    ext_page p;
    run(&p, html);
    static const char *const kept[] = { "cheaper power within a year", "grid that can carry" };
    static const char *const dropped[] = { "missed the point", "Reader comments" };
    ext_page_expect(&p, kept, 2, dropped, 2);
    ext_page_done(&p);
}

static void test_form_inside_the_article(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><div class=content><h1>Games called off</h1>"
        PARA("All league games this weekend are called off, the league said on Friday.")
        PARA("It is unclear when play will resume, and the clubs fear for their income.")
        "<form action=/signup><p>Get our weekly briefing in your inbox every Friday, free of charge.</p>"
        "<input name=email><p>You can unsubscribe at any time with one click.</p></form>"
        PARA("The players' union said it supported the decision of the league.")
        "</div></body></html>";
    ext_page p;
    run(&p, html);
    static const char *const kept[] = { "called off, the league said", "supported the decision" };
    static const char *const dropped[] = { "weekly briefing", "unsubscribe" };
    ext_page_expect(&p, kept, 2, dropped, 2);
    ext_page_done(&p);
}

static void test_post_in_noscript(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><header><a href=/>Security Blog</a><p>News and insights on security</p></header>"
        "<div class=post><h1>Safer browsing arrives</h1><span>May 19, 2020</span>"
        "<script type=text/template>render()</script><noscript>"
        PARA("Over the past years the threats on the web have become more sophisticated.")
        PARA("Phishing sites rotate their domains quickly to avoid being blocked by lists.")
        PARA("The new mode checks uncommon addresses in real time before a page is loaded.")
        PARA("Users can turn it on in the settings, and it can be turned off at any time.")
        "</noscript><div>No comments: <a href=/c>Post a Comment</a></div></div>"
        "<div class=labels><h3>Labels</h3><ul><li><a href=/l/1>android</a><li><a href=/l/2>chrome</a>"
        "<li><a href=/l/3>privacy</a><li><a href=/l/4>app security</a><li><a href=/l/5>biometrics</a>"
        "<li><a href=/l/6>federated learning</a><li><a href=/l/7>google play protect</a>"
        "<li><a href=/l/8>targeted spyware</a><li><a href=/l/9>vulnerabilities</a></ul></div>"
        "<div class=archive><h3>Archive</h3><ul><li><a href=/2020>2020 (42 posts)</a>"
        "<li><a href=/2019>2019 (51 posts)</a><li><a href=/2018>2018 (47 posts)</a>"
        "<li><a href=/2017>2017 (39 posts)</a><li><a href=/2016>2016 (44 posts)</a></ul></div>"
        "<footer>Privacy - Terms - Feed - Follow us on the social networks</footer></body></html>";
    ext_page p;
    run(&p, html);
    static const char *const kept[] = { "threats on the web", "turned off at any time" };
    static const char *const dropped[] = { "android" };
    ext_page_expect(&p, kept, 2, dropped, 1);
    ext_page_done(&p);
}

static void test_author_bio_dropped(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><div class=content><h1>Snow on the roof</h1>"
        PARA("Snow on a solar roof costs power and weighs on the modules and their mounts.")
        PARA("Experts warn owners against climbing on the roof to clear the panels themselves.")
        PARA("A soft brush on a long pole is enough, and the snow slides off within days anyway.")
        "<div itemprop=author itemscope itemtype=https://schema.org/Person><img src=/me.jpg alt=''>"
        "<p>Paul Meyer, a photographer from Hamburg and the founder of this blog, "
        "likes every kind of photography as long as there is a person in the picture.</p></div>"
        PARA("Cleared or not, the panels recover once the sun is back.")
        "<div class=box><div>AUTHOR</div><p>Dr. Anna Schulz is a lawyer in Berlin who writes about "
        "banking law, consumer protection and the law of the internet for several papers.</p></div>"
        "</div></body></html>";
    ext_page p;
    run(&p, html);
    static const char *const kept[] = { "soft brush on a long pole", "once the sun is back" };
    static const char *const dropped[] = { "photographer from Hamburg", "lawyer in Berlin" };
    ext_page_expect(&p, kept, 2, dropped, 2);
    ext_page_done(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_commentary_is_an_article),
        cmocka_unit_test(test_form_inside_the_article),
        cmocka_unit_test(test_post_in_noscript),
        cmocka_unit_test(test_author_bio_dropped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
