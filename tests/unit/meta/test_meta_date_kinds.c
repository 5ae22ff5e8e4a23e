/* test_meta_date_kinds.c - dates of particular kinds of pages: forum and
 * aggregator posts (timestamps in custom elements, the story set as a
 * list of one), a forum whose site name is its <h1>, listings without a
 * headline, journal pages (Google Scholar's citation tags), product pages,
 * and <time>s that show an age rather than a moment. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "meta/meta.h"
#include "date_page.h"

static void custom_time_element_dates_the_post(void **state)
{
    (void)state;
    page p;
    /* A web component renders its timestamp attribute as "2 hours ago". */
    extract(&p, "<html><body><main><h1>A question about laptops</h1>"
                "<span>r/example</span> <faceplate-timeago ts=\"2026-03-03T09:47:05.754000+0000\">"
                "2 hr. ago</faceplate-timeago><p>Body.</p></main></body></html>");
    day_is(&p, "2026-03-03");
    done(&p);
    extract(&p, "<html><body><main><h1>Release notes</h1>"
                "<relative-time datetime=\"2022-05-10T09:07:36Z\">May 10</relative-time>"
                "<p>Body.</p></main></body></html>");
    day_is(&p, "2022-05-10");
    done(&p);
    /* A component whose name only has "time" inside a word is none. */
    extract(&p, "<html><body><main><h1>A recipe</h1>"
                "<app-runtime-box datetime=\"2022-05-10\">30 min</app-runtime-box>"
                "<p>Body.</p></main></body></html>");
    day_is(&p, NULL);
    done(&p);
}

static void story_in_a_list_of_one(void **state)
{
    (void)state;
    page p;
    /* A link aggregator shows its story as the only item of a list; the
     * item's headline-sized link does not make it another article's
     * teaser. */
    extract(&p, "<html><body><ol class=\"stories\"><li class=\"story\"><div>"
                "<a href=\"https://example.org/2024/goals.html\">Project goals for the year 2024</a>"
                " <div class=\"byline\">via <a href=\"/~someone\">someone</a> "
                "<time datetime=\"2024-08-12 10:00:23\">1 year ago</time></div></div></li></ol>"
                "<p>Comments follow.</p></body></html>");
    day_is(&p, "2024-08-12");
    done(&p);
    /* Two items are a list of stories, none the page's. */
    extract(&p, "<html><body><ol class=\"stories\"><li class=\"story\"><div>"
                "<a href=\"https://example.org/2024/goals.html\">Project goals for the year 2024</a>"
                " <time datetime=\"2024-08-12 10:00:23\">1 year ago</time></div></li>"
                "<li class=\"story\"><div><a href=\"https://example.org/x.html\">Another story from "
                "somewhere else</a> <time datetime=\"2024-08-11 10:00:23\">1 year ago</time></div>"
                "</li></ol></body></html>");
    day_is(&p, NULL);
    done(&p);
}

static void site_name_heading_is_no_headline(void **state)
{
    (void)state;
    page p;
    /* The forum's name is the <h1> of its top bar, beside today's date;
     * the thread's first post is dated by microdata. */
    extract(&p, "<html><head><title>Hybrid Quantum Computing - Science - Forum</title></head><body>"
                "<header><h1><a href=\"/\">Example Forum</a></h1>"
                "<p>Date: Thursday, 05 March 2026 at 01:16 PM</p></header>"
                "<div itemscope itemtype=\"https://schema.org/DiscussionForumPosting\">"
                "<meta itemprop=\"datePublished\" content=\"2023-03-09T14:21:23Z\">"
                "<p>Hybrid quantum computing is the topic of this first post.</p></div>"
                "</body></html>");
    day_is(&p, "2023-03-09");
    done(&p);
    /* An <h1> in the top bar that the title backs is the headline. */
    extract(&p, "<html><head><title>Hybrid Quantum Computing - Forum</title></head><body>"
                "<header><h1>Hybrid Quantum Computing</h1>"
                "<p>Posted 05 March 2026</p></header>"
                "<div itemscope itemtype=\"https://schema.org/DiscussionForumPosting\">"
                "<meta itemprop=\"datePublished\" content=\"2023-03-09T14:21:23Z\">"
                "<p>The first post.</p></div></body></html>");
    day_is(&p, "2026-03-05");
    done(&p);
}

static void listing_times_date_no_page(void **state)
{
    (void)state;
    page p;
    /* Without a headline the first <time> dates the page, unless the
     * <time>s fall on several days: a list of posts. */
    extract(&p, "<html><body><div><p>Post one text</p><time datetime=\"2026-03-07\">Mar 7</time></div>"
                "<div><p>Post two text</p><time datetime=\"2026-03-06\">Mar 6</time></div>"
                "<div><p>Post three text</p><time datetime=\"2026-03-08\">Mar 8</time></div>"
                "</body></html>");
    day_is(&p, NULL);
    done(&p);
    extract(&p, "<html><body><div><p>The only post</p><time datetime=\"2026-03-07\">Mar 7</time></div>"
                "<div><p>Its reply</p><time datetime=\"2026-03-07\">Mar 7</time></div></body></html>");
    day_is(&p, "2026-03-07");
    done(&p);
}

static void lone_date_text_beats_export_stamp(void **state)
{
    (void)state;
    page p;
    /* JSON-LD published and modified on one day (the export) and, under
     * the headline, a paragraph that is only a date: shown as the date,
     * the earlier day is the article's. */
    extract(&p, "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
                "\"headline\":\"The headline\",\"datePublished\":\"2025-11-05\","
                "\"dateModified\":\"2025-11-05\"}</script></head><body><article>"
                "<h1>The headline</h1><div class=\"flex\"><p>January 31, 2024</p></div>"
                "<p>Body text.</p></article></body></html>");
    day_is(&p, "2024-01-31");
    done(&p);
}

static void product_page_forgets_shown_dates(void **state)
{
    (void)state;
    page p;
    /* A release date under the headline: the caller knows the page is a
     * product's and drops it; on a service page only the first date of
     * the text is dropped. */
    extract(&p, "<html><body><main><h1>Some Game</h1>"
                "<div class=\"release_date\">Release date: 21 Aug, 2012</div><p>Body.</p>"
                "</main></body></html>");
    assert_string_equal(p.m.date_source, "text");
    meta_forget_guessed_date(&p.m, false);
    day_is(&p, "2012-08-21");
    meta_forget_guessed_date(&p.m, true);
    day_is(&p, NULL);
    done(&p);
    /* The same for an element classed as a date, far from the headline. */
    extract(&p, "<html><body><main><h1>Some Game</h1><p>" "Words of the description. "
                "</p></main><div class=\"release_date\">21 Aug, 2012</div></body></html>");
    day_is(&p, "2012-08-21");
    meta_forget_guessed_date(&p.m, true);
    day_is(&p, NULL);
    done(&p);
    /* Markup still dates a product page. */
    extract(&p, "<html><head><meta property=\"article:published_time\" content=\"2025-11-29\"></head>"
                "<body><main><h1>Some Game</h1><p>Body.</p></main></body></html>");
    meta_forget_guessed_date(&p.m, true);
    day_is(&p, "2025-11-29");
    done(&p);
}

static void time_showing_an_age_is_no_date(void **state)
{
    (void)state;
    page p;
    /* "a community for 19 years": the age of the community. */
    extract(&p, "<html><body><main><h1>The headline</h1>"
                "<p>a community for <time datetime=\"2006-10-18T13:54:26+00:00\">19 years</time></p>"
                "<p>Body.</p></main></body></html>");
    day_is(&p, NULL);
    done(&p);
    /* "19 years ago" is when. */
    extract(&p, "<html><body><main><h1>The headline</h1>"
                "<p>submitted <time datetime=\"2006-10-18T13:54:26+00:00\">19 years ago</time></p>"
                "<p>Body.</p></main></body></html>");
    day_is(&p, "2006-10-18");
    done(&p);
}

static void citation_date_is_curated(void **state)
{
    (void)state;
    page p;
    /* A journal page: the citation tags give the publication; the
     * preprint's "first published" date shown beside the headline does
     * not replace it. */
    extract(&p, "<html><head><meta name=\"citation_date\" content=\"2019-06-25\"></head><body><main>"
                "<p>Preprint first published <time datetime=\"04.Apr.2019\">04.Apr.2019</time>.</p>"
                "<h1>A study of meditation</h1><p>Abstract.</p></main></body></html>");
    day_is(&p, "2019-06-25");
    done(&p);
}

#define OG_PUBLISHED(d) "<meta property=\"article:published_time\" content=\"" d "\">"

static void lone_opengraph_gives_way(void **state)
{
    (void)state;
    page p;
    /* article:published_time alone (a CMS record years older than the
     * story) against the <time> under the headline: the shown day. */
    extract(&p, "<html><head>" OG_PUBLISHED("2013-03-11T11:11:07-07:00") "</head><body><article>"
                "<h1>The headline</h1><span class=\"release\"><time datetime=\"2023-03-20\">March 20, 2023"
                "</time></span><p>Body text.</p></article></body></html>");
    day_is(&p, "2023-03-20");
    done(&p);
    /* The same for a lone date text, the tag years later (a story moved
     * to another site). */
    extract(&p, "<html><head>" OG_PUBLISHED("2024-08-07T12:01:51Z") "</head><body><article>"
                "<h1>The headline</h1><div><span>Dec 30, 2013</span></div><p>Body text.</p>"
                "</article></body></html>");
    day_is(&p, "2013-12-30");
    done(&p);
}

static void backed_opengraph_stays(void **state)
{
    (void)state;
    page p;
    /* The tag's modification is the shown day (seen from another zone):
     * the shown date is the update. */
    extract(&p, "<html><head>" OG_PUBLISHED("2022-02-16T10:00:00Z")
                "<meta property=\"article:modified_time\" content=\"2023-09-28T02:00:00Z\"></head><body><article>"
                "<h1>The headline</h1><time datetime=\"2023-09-27\">September 27, 2023</time>"
                "<p>Body text.</p></article></body></html>");
    day_is(&p, "2022-02-16");
    done(&p);
    /* The page shows the tag's day too (before the headline). */
    extract(&p, "<html><head>" OG_PUBLISHED("2019-06-25T10:00:00Z") "</head><body><article>"
                "<p>Published <time datetime=\"2019-06-25\">25.06.2019</time></p><h1>The headline</h1>"
                "<p>First published <time datetime=\"2019-04-04\">04.04.2019</time></p>"
                "<p>Body text.</p></article></body></html>");
    day_is(&p, "2019-06-25");
    done(&p);
    /* Another markup source gives a publication date. */
    extract(&p, "<html><head>" OG_PUBLISHED("2015-09-17T10:00:00Z")
                "<meta itemprop=\"datePublished\" content=\"2016-05-08\"></head><body><article>"
                "<h1>The headline</h1><time datetime=\"2015-12-24\">December 24, 2015</time>"
                "<p>Body text.</p></article></body></html>");
    day_is(&p, "2015-09-17");
    done(&p);
}

static void ambiguous_date_read_as_an_iso_time_gives_it(void **state)
{
    (void)state;
    page p;
    /* 02-12-2025 under the headline of an "en" page reads 12 February;
     * the post's own entry in the side list gives 2 December in ISO
     * form. */
    extract(&p, "<html lang=\"en\"><body><main><h1>The headline</h1>"
                "<div class=\"post-date\">02-12-2025</div><p>Body text.</p></main>"
                "<aside><ul><li><a href=\"/a\">The headline of this very post</a>"
                "<time datetime=\"2025-12-02\">December 02, 2025</time></li></ul></aside></body></html>");
    day_is(&p, "2025-12-02");
    done(&p);
    /* A <time> that gives the first reading too leaves it. */
    extract(&p, "<html lang=\"en\"><body><main><h1>The headline</h1>"
                "<div class=\"post-date\">02-12-2025</div><p>Body text.</p></main>"
                "<aside><time datetime=\"2025-12-02\">Dec 2</time>"
                "<time datetime=\"2025-02-12\">Feb 12</time></aside></body></html>");
    day_is(&p, "2025-02-12");
    done(&p);
}

static void update_wrapper_makes_an_update(void **state)
{
    (void)state;
    page p;
    /* A theme prints one <time class="entry-date published updated">
     * inside a wrapper that says which date it is. */
    extract(&p, "<html><head>" OG_PUBLISHED("2020-03-10T15:30:00Z")
                "<meta property=\"article:modified_time\" content=\"2025-02-12T13:28:34Z\"></head>"
                "<body><article><h1>The headline</h1><div class=\"entry-meta\"><span class=\"updated-on\">"
                "<time class=\"entry-date published updated\" datetime=\"2025-02-12T13:28:34+05:30\">"
                "12th February 2025</time></span></div><p>Body text.</p></article></body></html>");
    day_is(&p, "2020-03-10");
    done(&p);
    /* A "posted-on" wrapper: the publication. */
    extract(&p, "<html><head>" OG_PUBLISHED("2020-03-10T15:30:00Z")
                "<meta property=\"article:modified_time\" content=\"2025-02-12T13:28:34Z\"></head>"
                "<body><article><h1>The headline</h1><div class=\"entry-meta\"><span class=\"posted-on\">"
                "<time class=\"entry-date published updated\" datetime=\"2025-02-12T13:28:34+05:30\">"
                "12th February 2025</time></span></div><p>Body text.</p></article></body></html>");
    day_is(&p, "2025-02-12");
    done(&p);
}

static void hatom_updated_text_is_an_update(void **state)
{
    (void)state;
    page p;
    /* hAtom's "updated" class on the date under the headline: the
     * markup's publication stays. */
    extract(&p, "<html><head>" OG_PUBLISHED("2022-01-03T16:52:00Z")
                "<meta property=\"article:modified_time\" content=\"2025-11-03T10:00:00Z\"></head>"
                "<body><article><h1>The headline</h1><div class=\"entry-meta\"><span class=\"meta-date\">"
                "<span class=\"updated\">2025-11-03</span></span></div><p>Body text.</p></article></body></html>");
    day_is(&p, "2022-01-03");
    done(&p);
    /* Without markup it still dates the page. */
    extract(&p, "<html><body><article><h1>The headline</h1><div class=\"entry-meta\">"
                "<span class=\"updated\">2025-11-03</span></div><p>Body text.</p></article></body></html>");
    day_is(&p, "2025-11-03");
    done(&p);
}

static void first_publication_label_beats_a_later_shown_date(void **state)
{
    (void)state;
    page p;
    /* The date under the headline is the last revision; a note under
     * the article gives the first publication. */
    extract(&p, "<html><body><article><h1>The headline</h1><div><p class=\"post-date\">30 Sep 2022, 11:07am</p>"
                "</div><p>Body text.</p></article><p class=\"publish-date-note\">This article was originally "
                "published on 26 Sep 2019 at 4:12pm but has been regularly updated.</p></body></html>");
    day_is(&p, "2019-09-26");
    done(&p);
    /* Markup keeps its say (a republished story names the original). */
    extract(&p, "<html><head>" OG_PUBLISHED("2022-09-30T01:07:00Z") "</head><body><article>"
                "<h1>The headline</h1><div><p class=\"post-date\">30 Sep 2022</p></div><p>Body text.</p>"
                "</article><p class=\"publish-date-note\">Originally published on 26 Sep 2019.</p></body></html>");
    day_is(&p, "2022-09-30");
    done(&p);
    /* A mention in the story's text is no label of the page. */
    extract(&p, "<html><body><article><h1>The headline</h1><div class=\"meta\">Posted on April 13, 2023</div>"
                "<p>This guide was originally published on June 21, 2017 and revised since.</p></article></body></html>");
    day_is(&p, "2023-04-13");
    done(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(custom_time_element_dates_the_post),
        cmocka_unit_test(story_in_a_list_of_one),
        cmocka_unit_test(site_name_heading_is_no_headline),
        cmocka_unit_test(listing_times_date_no_page),
        cmocka_unit_test(lone_date_text_beats_export_stamp),
        cmocka_unit_test(product_page_forgets_shown_dates),
        cmocka_unit_test(time_showing_an_age_is_no_date),
        cmocka_unit_test(citation_date_is_curated),
        cmocka_unit_test(lone_opengraph_gives_way),
        cmocka_unit_test(backed_opengraph_stays),
        cmocka_unit_test(ambiguous_date_read_as_an_iso_time_gives_it),
        cmocka_unit_test(update_wrapper_makes_an_update),
        cmocka_unit_test(hatom_updated_text_is_an_update),
        cmocka_unit_test(first_publication_label_beats_a_later_shown_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
