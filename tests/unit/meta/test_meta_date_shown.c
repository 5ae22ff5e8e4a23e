/* test_meta_date_shown.c - when the date shown near the headline beats
 * the markup (markup stamped at export, markup that dates an update
 * before the publication), and which shown dates are not the article's
 * (teasers of other articles) or are found beside a wrapped headline. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "meta/meta.h"
#include "date_page.h"

/* Text enough to put what follows past the headline's window. */
#define FILLER10 "Filler words of the body text, a sentence long enough for the purpose here. "
#define FILLER FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 \
    FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 FILLER10 \
    FILLER10 FILLER10 FILLER10 FILLER10

#define HEAD_JSONLD(pub, mod)                                                                      \
    "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"The headline\","  \
    "\"datePublished\":\"" pub "\",\"dateModified\":\"" mod "\"}</script>"

static void markup_stamped_at_export_gives_way(void **state)
{
    (void)state;
    page p;
    /* Published and modified on the same day: the export's stamp.  The
     * earlier date in the <time> under the headline is the article's. */
    extract(&p, "<html><head>" HEAD_JSONLD("2025-06-24", "2025-06-24")
                "</head><body><article><h1>The headline</h1>"
                "<time datetime=\"2024-08-25\">August 25, 2024</time><p>Body text.</p>"
                "</article></body></html>");
    day_is(&p, "2024-08-25");
    done(&p);
    /* The same in an element classed as a date. */
    extract(&p, "<html><head>" HEAD_JSONLD("2025-06-24", "2025-06-24")
                "</head><body><article><h1>The headline</h1>"
                "<div class=\"text__date\">August 25, 2024</div><p>Body text.</p>"
                "</article></body></html>");
    day_is(&p, "2024-08-25");
    done(&p);
}

static void markup_stamped_at_export_keeps_its_day(void **state)
{
    (void)state;
    page p;
    /* A plain text date (a date the story mentions) does not overturn it. */
    extract(&p, "<html><head>" HEAD_JSONLD("2025-06-24", "2025-06-24")
                "</head><body><article><h1>The headline</h1>"
                "<p>On August 25, 2024 the council voted.</p></article></body></html>");
    day_is(&p, "2025-06-24");
    done(&p);
    /* Nor does a later shown date. */
    extract(&p, "<html><head>" HEAD_JSONLD("2025-06-24", "2025-06-24")
                "</head><body><article><h1>The headline</h1>"
                "<time datetime=\"2025-09-02\">September 2, 2025</time><p>Body.</p></article></body></html>");
    day_is(&p, "2025-06-24");
    done(&p);
    /* Markup with a real history (modified later) stays. */
    extract(&p, "<html><head>" HEAD_JSONLD("2025-06-24", "2025-07-30")
                "</head><body><article><h1>The headline</h1>"
                "<time datetime=\"2024-08-25\">August 25, 2024</time><p>Body.</p></article></body></html>");
    day_is(&p, "2025-06-24");
    done(&p);
}

static void markup_modified_before_published_gives_way(void **state)
{
    (void)state;
    page p;
    /* The markup's publication comes after its own last change: a copy
     * or re-export.  The date under the headline is the article's. */
    extract(&p, "<html><head>" HEAD_JSONLD("2025-06-12", "2025-06-10")
                "</head><body><main><h1>The headline</h1><p>November 2, 2022</p>"
                "<p>Body text.</p></main></body></html>");
    day_is(&p, "2022-11-02");
    done(&p);
}

static void teaser_dates_are_not_the_articles(void **state)
{
    (void)state;
    page p;
    /* The only dates near the headline are those of other stories. */
    extract(&p, "<html><body><main><h1>The headline</h1><p>Body text of the story.</p>"
                "<div class=\"box\"><div class=\"item\"><a href=\"/a/1\">Two more people recovered "
                "from the illness this week</a><div><span>09.08.2020 u 10:52</span></div></div>"
                "<div class=\"item\"><a href=\"/a/2\">The council approved the new budget for "
                "the next year</a><div><span>25.05.2020 u 08:10</span></div></div></div>"
                "</main></body></html>");
    day_is(&p, NULL);
    done(&p);
}

static void dateline_after_the_headline_is_no_teaser(void **state)
{
    (void)state;
    page p;
    /* The date right under the headline sits in the block of the body,
     * whose links (a list of products) would make it look like a teaser:
     * the first words after the headline are the article's dateline. */
    extract(&p, "<html><body><h1>The best movers in the city this year</h1>\n    \n    "
                "<section><div class=\"post-content\">\n      <div><i>Updated: 10/31/2024</i></div>"
                "<p><a href=\"#list\">Jump to the list</a> The moving process can be long.</p>"
                "<p><a href=\"/movers/a\">The first moving company of our long list</a></p>"
                "</div></section></body></html>");
    day_is(&p, "2024-10-31");
    done(&p);
    /* Further down, past the first words, the same block is a teaser. */
    extract(&p, "<html><body><h1>The best movers in the city this year</h1><p>The moving process "
                "in the city can be long, and we tested many companies over the years.</p>"
                "<div><div><a href=\"/movers/a\">The first moving company of our long list</a>"
                "<span>10/31/2024</span></div></div></body></html>");
    day_is(&p, NULL);
    done(&p);
}

static void byline_link_makes_no_teaser(void **state)
{
    (void)state;
    page p;
    /* A long byline link beside the date is the article's own. */
    extract(&p, "<html><body><main><div class=\"post_header\"><h1>The headline</h1>"
                "<div class=\"meta-wrap\"><div class=\"info\"><a href=\"/in/jane\">By <span>Jane "
                "Wilson</span><span>, Co-Founder and Chief Operating Officer</span></a></div>"
                "<div class=\"info\">Published <span>Apr 26, 2023</span></div></div></div>"
                "<p>Body text.</p></main></body></html>");
    day_is(&p, "2023-04-26");
    done(&p);
}

static void wrapped_headline_has_neighbours(void **state)
{
    (void)state;
    page p;
    /* The <h1> alone in its wrapper: the wrapper's neighbour is the
     * headline's, whatever its class says. */
    extract(&p, "<html><body><main><div class=\"hdr\"><h1>The headline</h1></div>"
                "<div class=\"newsletter-details-wrapper\"><p>November 2, 2022</p></div>"
                "<p>Body text.</p></main></body></html>");
    day_is(&p, "2022-11-02");
    done(&p);
}

static void classed_update_stands_in_for_no_date(void **state)
{
    (void)state;
    page p;
    /* "Updated ..." in the byline's date element, far below the headline
     * (a product summary between): the only date the page gives. */
    char html[4096];
    char filler[2200];
    memset(filler, 'x', sizeof filler - 1);
    filler[sizeof filler - 1] = '\0';
    for (size_t i = 7; i < sizeof filler - 1; i += 8)
        filler[i] = ' ';
    snprintf(html, sizeof html,
             "<html><body><main><h1>The headline</h1><p>%s</p>"
             "<p class=\"article-byline__pub-dates\">Updated March 13, 2024</p>"
             "<p>Body.</p></main></body></html>",
             filler);
    extract(&p, html);
    day_is(&p, "2024-03-13");
    done(&p);
}

static void member_dates_are_not_the_threads(void **state)
{
    (void)state;
    page p;
    /* A forum post: the member box's "Registered" date sits nearer the
     * thread's title than the post's own date. */
    extract(&p, "<html><body><main><div class=\"post\"><h2><a href=\"#p1\">2024-08-03 10:59:47</a></h2>"
                "<dl><dt>someone</dt><dd>Registered: 2024-01-27</dd><dd>Posts: 3</dd></dl>"
                "<h1>Which forum software is this?</h1><p>Post text.</p></div></main></body></html>");
    day_is(&p, "2024-08-03");
    done(&p);
}

static void consistent_published_date_of_a_source(void **state)
{
    (void)state;
    page p;
    /* Two published dates in <meta name>: the one after the page's own
     * modification dates is a re-export stamp. */
    extract(&p, "<html><head><meta name=\"published-time\" content=\"2026-03-09T08:45:32Z\">"
                "<meta name=\"modified-date\" content=\"2024-07-30\">"
                "<meta name=\"published-date\" content=\"2021-02-16\"></head>"
                "<body><main><h1>The headline</h1><p>Body text.</p></main></body></html>");
    day_is(&p, "2021-02-16");
    done(&p);
}

static void relative_time_gives_its_title(void **state)
{
    (void)state;
    page p;
    extract(&p, "<html><body><main><h1>The headline</h1>"
                "<div class=\"news-time-ago\" title=\"2020-09-20T14:20:02Z\">15 minutes ago</div>"
                "<p>Body text.</p></main></body></html>");
    day_is(&p, "2020-09-20");
    done(&p);
}

static void guessed_date_can_be_forgotten(void **state)
{
    (void)state;
    page p;
    /* Only the first date of the text dates this page: a guess, which
     * the caller drops on a product page. */
    extract(&p, "<html><body><main><h1>The headline</h1><p>" FILLER "</p>"
                "<p>Offer valid until 29.11.2025.</p></main></body></html>");
    assert_string_equal(p.m.date_source, "text-first");
    meta_forget_guessed_date(&p.m, false);
    day_is(&p, NULL);
    assert_null(p.m.date_source);
    done(&p);
    /* A date from the markup is no guess. */
    extract(&p, "<html><head><meta property=\"article:published_time\" content=\"2025-11-29\"></head>"
                "<body><main><h1>The headline</h1><p>Body.</p></main></body></html>");
    meta_forget_guessed_date(&p.m, false);
    day_is(&p, "2025-11-29");
    done(&p);
}

static void far_date_element_is_no_local_day(void **state)
{
    (void)state;
    page p;
    /* A timestamp without a zone may be UTC, but a date element far below
     * the headline (a teaser's card) does not name the local day. */
    extract(&p, "<html><head>" HEAD_JSONLD("2025-01-01T03:00:00", "2025-03-05T13:25:58")
                "</head><body><main><h1>The headline</h1><p>" FILLER "</p>"
                "<div class=\"card\"><span class=\"post-date\">Jan 2, 2025</span></div>"
                "</main></body></html>");
    day_is(&p, "2025-01-01");
    done(&p);
}

static void post_sidebar_is_the_articles(void **state)
{
    (void)state;
    page p;
    /* The post's own side column beside its text holds its date. */
    extract(&p, "<html><body><div class=\"hero\"><h1>The headline</h1></div><div class=\"single-post-content\">"
                "<div class=\"single-post-sidebar\"><div class=\"single-post-meta\"><h4>Published</h4>"
                "<div class=\"single-post-date\">July 8, 2025</div></div></div>"
                "<div class=\"single-post-article\"><p>Body text.</p></div></div></body></html>");
    day_is(&p, "2025-07-08");
    done(&p);
    /* The site's sidebar stays out. */
    extract(&p, "<html><body><div class=\"hero\"><h1>The headline</h1></div><div class=\"content\">"
                "<div class=\"sidebar\"><div class=\"widget-meta\"><h4>Today</h4>"
                "<div class=\"widget-date\">July 8, 2025</div></div></div>"
                "<div class=\"post-article\"><p>Body text.</p></div></div></body></html>");
    day_is(&p, NULL);
    done(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(markup_stamped_at_export_gives_way),
        cmocka_unit_test(markup_stamped_at_export_keeps_its_day),
        cmocka_unit_test(markup_modified_before_published_gives_way),
        cmocka_unit_test(teaser_dates_are_not_the_articles),
        cmocka_unit_test(byline_link_makes_no_teaser),
        cmocka_unit_test(dateline_after_the_headline_is_no_teaser),
        cmocka_unit_test(wrapped_headline_has_neighbours),
        cmocka_unit_test(classed_update_stands_in_for_no_date),
        cmocka_unit_test(member_dates_are_not_the_threads),
        cmocka_unit_test(consistent_published_date_of_a_source),
        cmocka_unit_test(relative_time_gives_its_title),
        cmocka_unit_test(guessed_date_can_be_forgotten),
        cmocka_unit_test(far_date_element_is_no_local_day),
        cmocka_unit_test(post_sidebar_is_the_articles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
