/* test_meta_date_choice.c - which date becomes date_published when the
 * page's sources disagree: markup against the date shown under the
 * headline, "Updated" labels, <time> elements whose text and datetime
 * differ, dates inside the headline, UTC days against local days. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "meta/meta.h"
#include "date_page.h"

#define HEAD_JSONLD(pub, mod)                                                                      \
    "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"The headline\","  \
    "\"datePublished\":\"" pub "\",\"dateModified\":\"" mod "\"}</script>"

static void json_ld_published_beats_a_shown_update(void **state)
{
    (void)state;
    page p;
    /* The page shows only its last update, labelled: the markup's
     * publication date stays the publication date. */
    extract(&p, "<html><head>" HEAD_JSONLD("2021-11-29", "2022-01-12")
                "</head><body><article><h1>The headline</h1><p>Updated Jan 12, 2022</p>"
                "</article></body></html>");
    day_is(&p, "2021-11-29");
    assert_non_null(p.m.date_modified.ptr);
    done(&p);
    /* Labelled in a node of its own before a <time> whose class says
     * "published updated" (WordPress): still an update. */
    extract(&p, "<html><head>" HEAD_JSONLD("2021-11-29", "2022-01-12")
                "</head><body><article><h1>The headline</h1><p><span>Updated</span> "
                "<time class=\"entry-date published updated\" datetime=\"2022-01-12\">"
                "January 12, 2022</time></p><p>Body text.</p></article></body></html>");
    day_is(&p, "2021-11-29");
    assert_non_null(p.m.date_modified.ptr);
    done(&p);
}

static void unlabelled_shown_modification_day_wins(void **state)
{
    (void)state;
    page p;
    /* The page shows, with no label, the day the markup gives as its
     * modification: that is the date it gives its readers. */
    extract(&p, "<html><head>" HEAD_JSONLD("2021-11-29T14:13:37Z", "2022-01-12T14:27:30Z")
                "</head><body><article><h1>The headline</h1><p>12.01.2022</p><p>Body text.</p>"
                "</article></body></html>");
    day_is(&p, "2022-01-12");
    done(&p);
    /* The same day marked as an update by a date-classed element: the
     * markup's publication date stays. */
    extract(&p, "<html><head>" HEAD_JSONLD("2021-11-29T14:13:37Z", "2022-01-12T14:27:30Z")
                "</head><body><article><h1>The headline</h1><p>12.01.2022</p>"
                "<span class=\"updated\">Updated 12.01.2022</span><p>Body text.</p>"
                "</article></body></html>");
    day_is(&p, "2021-11-29");
    done(&p);
    /* A shown day the markup does not name: the markup stays. */
    extract(&p, "<html><head>" HEAD_JSONLD("2021-11-29T14:13:37Z", "2022-01-12T14:27:30Z")
                "</head><body><article><h1>The headline</h1><p>15.02.2022</p><p>Body text.</p>"
                "</article></body></html>");
    day_is(&p, "2021-11-29");
    done(&p);
}

static void shown_date_backed_by_other_markup_wins(void **state)
{
    (void)state;
    page p;
    /* JSON-LD says the 4th; OpenGraph and the page say the 6th. */
    extract(&p, "<html><head><meta property=\"article:published_time\" content=\"2022-01-06T08:00:00+01:00\">"
                HEAD_JSONLD("2022-01-04T07:29:00Z", "2022-01-25T10:00:00Z")
                "</head><body><article><h1>The headline</h1><p class=\"date\">6. Januar 2022</p>"
                "</article></body></html>");
    day_is(&p, "2022-01-06");
    done(&p);
}

static void weak_markup_gives_way_to_the_shown_date(void **state)
{
    (void)state;
    page p;
    extract(&p, "<html><head><meta name=\"date\" content=\"2021-10-15\"></head><body><article>"
                "<h1>The headline</h1><p>Berlin, 13.10.2021</p><p>Body.</p></article></body></html>");
    day_is(&p, "2021-10-13");
    done(&p);
}

static void link_around_time_is_no_teaser(void **state)
{
    (void)state;
    page p;
    /* A list item whose link holds only a <time> is a date line, not an
     * item of a list of other articles. */
    extract(&p, "<html><head>" HEAD_JSONLD("2025-12-18T23:25:38Z", "2025-12-18T23:25:38Z")
                "</head><body><main><h1>The headline</h1><ul><li>Start date "
                "<a href=\"/t/1\"><time datetime=\"2025-12-19T04:25:38+0500\">Yesterday at 4:25 AM</time></a>"
                "</li></ul></main></body></html>");
    day_is(&p, "2025-12-19");
    done(&p);
}

static void forum_last_post_is_not_the_thread_date(void **state)
{
    (void)state;
    page p;
    /* The thread's first post carries datePublished as microdata; the
     * <time> beside the title is the last post's, as its label says. */
    extract(&p, "<html><body><main><h1>Replacement projector recommendations</h1>"
                "<span>last post by <a href=\"/m/1\">someone</a> "
                "<time datetime=\"2024-09-26T01:50:27-0400\">Sep 26, 2024</time></span>"
                "<div class=\"post\"><meta itemprop=\"datePublished\" content=\"2024-01-03T11:23:42-0500\">"
                "<p>First post text.</p></div></main></body></html>");
    day_is(&p, "2024-01-03");
    done(&p);
}

static void time_itemprop_modified_is_an_update(void **state)
{
    (void)state;
    page p;
    extract(&p, "<html><body><article><h1>The headline</h1>"
                "<time itemprop=\"dateModified\" datetime=\"2018-08-29 14:15:57\">2018-08-29 14:15:57</time>"
                "<time itemprop=\"datePublished\" datetime=\"2018-06-22 10:20:00\">22.06.2018 10:20</time>"
                "</article></body></html>");
    day_is(&p, "2018-06-22");
    done(&p);
}

static void time_text_beats_a_timestamp_on_another_day(void **state)
{
    (void)state;
    page p;
    extract(&p, "<html lang=\"fr\"><body><article><h1>Le titre de l'article</h1>"
                "<div class=\"time\"><time datetime=\"2019-07-03T10:18:46Z\">Publié le 29 juin 2019</time></div>"
                "</article></body></html>");
    day_is(&p, "2019-06-29");
    done(&p);
    /* A bare date in datetime is taken as written. */
    extract(&p, "<html><body><article><h1>The headline</h1>"
                "<time datetime=\"2024-12-20\">August 28, 2024</time></article></body></html>");
    day_is(&p, "2024-12-20");
    done(&p);
}

static void headline_dates_come_after_the_dateline(void **state)
{
    (void)state;
    page p;
    extract(&p, "<html lang=\"de\"><body><article><div class=\"post_meta_wrapper\">"
                "<h1>Ergebnisse: Regionalmeisterschaft, 19.5.2007</h1>"
                "<p class=\"post-meta\">von Marc | <span class=\"published\">20. Mai 2007</span></p></div>"
                "<p>Text.</p></article></body></html>");
    day_is(&p, "2007-05-20");
    done(&p);
}

static void headline_siblings_are_not_teasers(void **state)
{
    (void)state;
    page p;
    /* A BEM class with "teaser" next to the <h1> is the article's header. */
    extract(&p, "<html lang=\"de\"><body><div class=\"header\"><h1>Es kommt darauf an, wie</h1>"
                "<div class=\"teaser-small__metadata\"><p>VON MORITZ am 21. April 2020</p></div>"
                "<p class=\"lead\">Lead.</p></div>"
                "<div class=\"teaser\"><p>22. April 2020</p></div></body></html>");
    day_is(&p, "2020-04-21");
    done(&p);
}

static void shown_update_stands_in_for_no_date(void **state)
{
    (void)state;
    page p;
    extract(&p, "<html lang=\"de\"><body><article><h1>Betriebliche Altersvorsorge</h1>"
                "<p>Sara Z. <span>Stand: 05. Februar 2020</span></p>"
                "<p>Seit 01.01.2018 gilt etwas anderes.</p></article></body></html>");
    day_is(&p, "2020-02-05");
    done(&p);
}

static void utc_day_gives_way_to_the_local_day_shown(void **state)
{
    (void)state;
    page p;
    extract(&p, "<html><head>" HEAD_JSONLD("2023-11-09T02:11:03Z", "2023-11-09T02:11:03Z")
                "</head><body><article><h1>The headline</h1>"
                "<time datetime=\"2023-11-08T21:11:03-05:00\">November 8, 2023</time>"
                "</article></body></html>");
    day_is(&p, "2023-11-08");
    done(&p);
    /* A timestamp without a zone is read as a server's UTC clock too. */
    extract(&p, "<html><head>" HEAD_JSONLD("2026-02-15T03:05:48", "2026-02-20T05:47:29")
                "</head><body><main><h1>The headline</h1><p>Feb 14, 2026</p></main></body></html>");
    day_is(&p, "2026-02-14");
    done(&p);
    /* The UTC day shown too: kept. */
    extract(&p, "<html><head>" HEAD_JSONLD("2023-10-30T20:00:00Z", "2023-10-30T20:00:00Z")
                "</head><body><article><h1>The headline</h1><p>30.10.2023</p>"
                "<p class=\"date\">31.10.2023</p></article></body></html>");
    day_is(&p, "2023-10-30");
    done(&p);
}

static void stand_is_the_articles_date(void **state)
{
    (void)state;
    page p;
    /* German news pages date an article "Stand: ..." under the headline;
     * with Dublin Core agreeing, it beats a JSON-LD date of the day before. */
    extract(&p, "<html lang=\"de\"><head><meta name=\"DC.Date\" content=\"2023-11-07T07:30+01:00\">"
                HEAD_JSONLD("2023-11-06T18:19:00+01:00", "2023-11-07T07:30:00+01:00")
                "</head><body><article><h1>The headline</h1>"
                "<p class=\"stand\"><span>Stand: </span>07.11.2023, 07:30 Uhr</p></article></body></html>");
    day_is(&p, "2023-11-07");
    done(&p);
}

static void named_meta_dates(void **state)
{
    (void)state;
    page p;
    extract(&p, "<html><head><meta name=\"w-published-date\" content=\"2025-05-27T06:03:43.274Z\">"
                "</head><body><h1>The headline</h1><p>Body.</p></body></html>");
    day_is(&p, "2025-05-27");
    done(&p);
    extract(&p, "<html><head><meta name=\"published\" content=\"July 17, 2025\">"
                "<meta name=\"x-last-updated-time\" content=\"2025-08-01\">"
                "</head><body><h1>The headline</h1><p>Body.</p></body></html>");
    day_is(&p, "2025-07-17");
    assert_non_null(p.m.date_modified.ptr);
    done(&p);
    /* A system's own "date" after a short dotted prefix. */
    extract(&p, "<html><head><meta name=\"ms.date\" content=\"2025-03-06T00:00:00Z\">"
                "</head><body><h1>The headline</h1><p>Body.</p></body></html>");
    day_is(&p, "2025-03-06");
    done(&p);
    /* Other keys that merely mention a date are not read. */
    extract(&p, "<html><head><meta name=\"expiry-date\" content=\"2025-08-01\">"
                "<meta name=\"review.expiry.date\" content=\"2025-08-01\">"
                "</head><body><h1>The headline</h1><p>Body.</p></body></html>");
    day_is(&p, NULL);
    done(&p);
}


static void json_ld_in_a_meta_element(void **state)
{
    (void)state;
    page p;
    /* JSON-LD rendered as <meta name="script:ld+json">, its quotes
     * escaped in the attribute. */
    extract(&p, "<html><head><meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:"
                "&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}\">"
                "</head><body><h1>The headline</h1><p>Body.</p></body></html>");
    day_is(&p, "2025-11-17");
    done(&p);
    /* Another <meta> holding JSON is no JSON-LD. */
    extract(&p, "<html><head><meta name=\"config\" content=\"{&quot;@type&quot;:"
                "&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}\">"
                "</head><body><h1>The headline</h1><p>Body.</p></body></html>");
    day_is(&p, NULL);
    done(&p);
}

static void url_settles_ambiguous_and_weak_dates(void **state)
{
    (void)state;
    page p;
    /* 03/10/2023 under lang="en" reads 10 March, but the URL says 3 October. */
    extract_url(&p, "<html lang=\"en\"><body><h1>How many wine styles are there</h1>"
                    "<div class=\"blog-date\"><span>03/10/2023</span></div><p>Body.</p></body></html>",
                "https://x.example/blog/2023/october/03/how-many");
    day_is(&p, "2023-10-03");
    done(&p);
    /* The same page without the URL keeps the language's order. */
    extract_url(&p, "<html lang=\"en\"><body><h1>How many wine styles are there</h1>"
                    "<div class=\"blog-date\"><span>03/10/2023</span></div><p>Body.</p></body></html>",
                "https://x.example/blog/how-many");
    day_is(&p, "2023-03-10");
    done(&p);
    /* Weak markup that the URL repeats beats a later <time> ("updated"). */
    extract_url(&p, "<html><head><meta name=\"date\" content=\"2022-11-09\"></head><body><article>"
                    "<h1>The headline of the story</h1><time datetime=\"2022-11-11T20:23:00-05:00\">"
                    "November 11, 2022</time></article></body></html>",
                "https://x.example/2022/11/09/1135211525/story");
    day_is(&p, "2022-11-09");
    done(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_ld_published_beats_a_shown_update),
        cmocka_unit_test(shown_date_backed_by_other_markup_wins),
        cmocka_unit_test(weak_markup_gives_way_to_the_shown_date),
        cmocka_unit_test(forum_last_post_is_not_the_thread_date),
        cmocka_unit_test(link_around_time_is_no_teaser),
        cmocka_unit_test(time_itemprop_modified_is_an_update),
        cmocka_unit_test(time_text_beats_a_timestamp_on_another_day),
        cmocka_unit_test(headline_dates_come_after_the_dateline),
        cmocka_unit_test(headline_siblings_are_not_teasers),
        cmocka_unit_test(shown_update_stands_in_for_no_date),
        cmocka_unit_test(utc_day_gives_way_to_the_local_day_shown),
        cmocka_unit_test(stand_is_the_articles_date),
        cmocka_unit_test(named_meta_dates),
        cmocka_unit_test(json_ld_in_a_meta_element),
        cmocka_unit_test(url_settles_ambiguous_and_weak_dates),
        cmocka_unit_test(unlabelled_shown_modification_day_wins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
