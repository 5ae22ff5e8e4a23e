/* test_meta_extract.c - meta_extract on small pages: trust order of the
 * sources, zones whose dates do not count, headline choice, bylines, tags,
 * canonical URL resolution. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "meta/meta.h"
#include "mini_tree.h"

/* 2026-03-15 12:00 UTC, the day the seed page was served. */
static const time_t NOW = 1773576000;

typedef struct page {
    arena *a;
    meta_context *ctx;
    meta_info m;
} page;

static void extract(page *p, const char *html, const char *url)
{
    p->a = arena_new(0);
    p->ctx = meta_context_new();
    meta_context_set_now(p->ctx, NOW);
    dom_document doc;
    assert_int_equal(mini_tree_parse(p->a, html, strlen(html), &doc), 0);
    assert_int_equal(meta_extract(p->ctx, &doc, slice_make(url, strlen(url)), p->a, &p->m), 0);
}

static void done(page *p)
{
    meta_context_free(p->ctx);
    arena_free(p->a);
}

static void eq(slice s, const char *want)
{
    if (!want) {
        if (s.ptr)
            fail_msg("got '%.*s', expected nothing", (int)s.len, s.ptr);
        return;
    }
    if (!s.ptr || s.len != strlen(want) || memcmp(s.ptr, want, s.len) != 0)
        fail_msg("got '%.*s', expected '%s'", (int)s.len, s.ptr ? s.ptr : "(null)", want);
}

static const char *NEWS_PAGE =
    "<html lang=\"en\"><head><title>CSTO troops leave Kazakhstan - BalkanWire</title>"
    "<meta property=\"og:site_name\" content=\"BalkanWire\">"
    "<link rel=\"canonical\" href=\"/articles/1\"></head><body>"
    "<header class=\"site-header\"><div class=\"topbar\"><span>15 Mar 2026</span></div>"
    "<h1 class=\"logo\">BalkanWire</h1></header>"
    "<main><article><h1>CSTO troops leave Kazakhstan</h1>"
    "<div class=\"item-meta\"><span class=\"date\">11.Jan.2022</span> | World</div>"
    "<p>Story text mentions 5 January 2022 in passing.</p>"
    "<div class=\"tags\">Tags: <a href=\"/tag/kz\">Kazakhstan</a>, <a href=\"/tag/csto\">CSTO</a></div>"
    "</article></main>"
    "<aside><h2>Latest news</h2><ul><li><a href=\"/a/2\">Another story headline here</a>"
    "<span>11.Mar.2026</span></li></ul></aside>"
    "<footer><p>&copy; 2004-2026 BalkanWire, 01.01.2026</p></footer></body></html>";

static void visible_date_near_headline_beats_page_chrome(void **state)
{
    (void)state;
    page p;
    extract(&p, NEWS_PAGE, "https://balkanwire.example/x?id=1");
    eq(p.m.title, "CSTO troops leave Kazakhstan");
    eq(p.m.date_published, "2022-01-11");
    assert_string_equal(p.m.date_source, "text");
    eq(p.m.site_name, "BalkanWire");
    eq(p.m.language, "en");
    eq(p.m.url, "https://balkanwire.example/articles/1");
    assert_int_equal(p.m.tags.count, 2);
    eq(p.m.tags.items[1], "CSTO");
    done(&p);
}

static void json_ld_beats_opengraph_and_text(void **state)
{
    (void)state;
    page p;
    extract(&p,
            "<html><head><title>Headline | Site</title>"
            "<meta property=\"article:published_time\" content=\"2021-05-02T10:00:00+02:00\">"
            "<meta property=\"article:modified_time\" content=\"2021-05-04T10:00:00+02:00\">"
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Headline\","
            "\"datePublished\":\"2021-05-01T09:30:00+02:00\",\"author\":{\"name\":\"Jane Doe\"}}</script>"
            "</head><body><h1>Headline</h1><p>3 May 2021</p><p class=\"byline\">By Somebody Else</p></body></html>",
            "https://site.example/2021/05/09/headline");
    eq(p.m.date_published, "2021-05-01T09:30:00+02:00");
    assert_string_equal(p.m.date_source, "json-ld");
    eq(p.m.date_modified, "2021-05-04T10:00:00+02:00");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Jane Doe");
    eq(p.m.schema_type, "NewsArticle");
    done(&p);
}

static void url_date_is_the_last_resort_and_lists_do_not_count(void **state)
{
    (void)state;
    page p;
    extract(&p,
            "<html><body><h1>A headline of the story</h1><p>Text without any date.</p>"
            "<div class=\"related\"><p>12 February 2022</p></div>"
            "<nav>1 March 2022</nav></body></html>",
            "https://site.example/news/2022/02/10/story");
    eq(p.m.date_published, "2022-02-10");
    assert_string_equal(p.m.date_source, "url");
    done(&p);

    extract(&p, "<html><body><h1>Headline</h1><p>Nothing dated.</p><footer>Updated 1 March 2022</footer></body></html>",
            "https://site.example/story");
    eq(p.m.date_published, NULL);
    done(&p);
}

static void future_and_ancient_dates_are_rejected(void **state)
{
    (void)state;
    page p;
    extract(&p,
            "<html><head><meta name=\"date\" content=\"2027-01-01\"></head>"
            "<body><h1>Headline</h1><p>On 3 March 1990 it began.</p></body></html>",
            "");
    eq(p.m.date_published, NULL);
    done(&p);
}

static void time_element_and_byline(void **state)
{
    (void)state;
    page p;
    extract(&p,
            "<html lang=\"de-de\"><body><article><h1>Überschrift des Artikels</h1>"
            "<div class=\"author\">Von Hans Müller</div>"
            "<time class=\"updated\" datetime=\"2020-02-25\">25. Februar 2020</time>"
            "<time datetime=\"2020-02-23T10:07:02+01:00\" pubdate>23. Februar 2020</time>"
            "</article></body></html>",
            "");
    eq(p.m.date_published, "2020-02-23T10:07:02+01:00");
    eq(p.m.date_modified, "2020-02-25");
    eq(p.m.language, "de-DE");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Hans Müller");
    eq(p.m.title, "Überschrift des Artikels");
    done(&p);
}

static void bylines_from_labels_and_structured_names(void **state)
{
    (void)state;
    page p;
    extract(&p,
            "<html><body><article><h1>A headline for the story</h1>"
            "<div><p>Written by</p><p>Edzel Tabing</p></div><p>Body.</p></article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Edzel Tabing");
    done(&p);

    extract(&p,
            "<html><body><h1>A headline for the story</h1><p>By <a href=\"/p/sg\">Sofia Gonzalez</a></p></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Sofia Gonzalez");
    done(&p);

    /* Structured data names people as written, an organisation is no author. */
    extract(&p,
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"H\","
            "\"author\":[{\"@type\":\"Person\",\"name\":\"kirstin boatto\"},"
            "{\"@type\":\"Organization\",\"name\":\"USA TODAY\"}]}</script></head>"
            "<body><h1>H</h1></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "kirstin boatto");
    done(&p);
}

static void page_byline_against_structured_names(void **state)
{
    (void)state;
    page p;
    /* The publisher in the author field gives way to the person named on
     * the page. */
    extract(&p,
            "<html><head><meta property=\"og:site_name\" content=\"Daily Planet\">"
            "<meta name=\"author\" content=\"Daily Planet\"></head><body><article>"
            "<h1>A headline for the story</h1><div class=\"byline\">By Lois Lane</div>"
            "<p>Body.</p></article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Lois Lane");
    done(&p);

    /* After a person, the site's own name is no second author. */
    extract(&p,
            "<html><head><meta property=\"og:site_name\" content=\"CNN\">"
            "<meta name=\"author\" content=\"Rob Picheta, CNN\"></head><body><article>"
            "<h1>A headline for the story</h1></article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Rob Picheta");
    done(&p);

    /* JSON-LD author objects whose name is an array of names. */
    extract(&p,
            "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
            "\"author\":{\"@type\":\"Person\",\"name\":[\"Jared Newman\",\"Sam Singleton\"],"
            "\"url\":[\"/a/jn\",\"/a/ss\"]}}</script></head><body><h1>H</h1></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 2);
    eq(p.m.authors.items[0], "Jared Newman");
    eq(p.m.authors.items[1], "Sam Singleton");
    done(&p);

    /* A person in the author field stays ahead of a page byline. */
    extract(&p,
            "<html><head><meta name=\"author\" content=\"Clark Kent\"></head><body><article>"
            "<h1>A headline for the story</h1><div class=\"byline\">By Lois Lane</div>"
            "</article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Clark Kent");
    done(&p);

    /* A bare handle gives way to the full name shown on the page. */
    extract(&p,
            "<html><head><meta name=\"author\" content=\"kffjdoe\"></head><body><article>"
            "<h1>A headline for the story</h1><span class=\"author\">Jane Doe</span>"
            "</article></body></html>",
            "");
    eq(p.m.authors.items[0], "Jane Doe");
    done(&p);

    /* An author box: the name element, not the biography; the first
     * itemprop=author group only (a forum's later posts are replies). */
    extract(&p,
            "<html><body><article><h1>A headline for the story</h1><p>Body.</p>"
            "<div class=\"author-box\"><img alt=\"\"><div class=\"author-name\">Lauren Vetter</div>"
            "<p>Lauren Vetter is a marketing professional who writes about software.</p></div>"
            "</article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Lauren Vetter");
    done(&p);

    extract(&p,
            "<html><body><h1>Question title here</h1>"
            "<div class=\"post\"><div itemprop=\"author\" itemscope><a href=\"/u/1\">asker42</a>"
            "<meta itemprop=\"name\" content=\"asker42\"><span>1,234 reputation</span></div><p>Q?</p></div>"
            "<div class=\"post\"><div itemprop=\"author\" itemscope><meta itemprop=\"name\" content=\"helper\"></div>"
            "<p>A.</p></div></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "asker42");
    done(&p);

    /* A "by" inside a sentence or inside code is no byline. */
    extract(&p,
            "<html><body><article><h1>A headline for the story</h1>"
            "<p>We read <em>Monk and Robot</em> by <a href=\"/b\">Becky Chambers</a>.</p>"
            "<pre><span>ORDER</span> <span>BY</span> <span>period</span></pre></article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 0);
    done(&p);
}

/* Tag links by their URL's path ("/tag/", "/Themen/", any case, after any
 * '/'), and byline labels in any case, alone before the name. */
static void tag_paths_and_label_case(void **state)
{
    (void)state;
    page p;
    extract(&p,
            "<html><body><article><h1>A headline for the story</h1>"
            "<p><b>WRITTEN BY:</b> <a href=\"/p/jd\">Jane Doe</a></p><p>Text of the story.</p>"
            "<p><a href=\"https://x.example/Themen/klima\">Klima</a> "
            "<a href=\"/news/topics/energy?p=1\">Energy</a> "
            "<a href=\"/tagesschau/a\">Not a tag</a> <a href=\"/x/tags\">Nor this</a> "
            "<a href=\"/stage/tag\">Nor that</a></p></article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Jane Doe");
    assert_int_equal(p.m.tags.count, 2);
    eq(p.m.tags.items[0], "Klima");
    eq(p.m.tags.items[1], "Energy");
    done(&p);

    extract(&p,
            "<html><body><article><h1>\xD0\x97\xD0\xB0\xD0\xB3\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xBE\xD0\xBA</h1>"
            "<div><span>\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80:</span><span>Ivan Petrov</span></div>"
            "<p>Text.</p></article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Ivan Petrov");
    done(&p);
}

static void bylines_from_plugins_avatars_and_noscript(void **state)
{
    (void)state;
    page p;
    /* twitter:label1 "Written by" + twitter:data1. */
    extract(&p,
            "<html><head><meta name=\"twitter:label1\" content=\"Written by\">"
            "<meta name=\"twitter:data1\" content=\"Tyler Brown\">"
            "<meta name=\"twitter:label2\" content=\"Est. reading time\">"
            "<meta name=\"twitter:data2\" content=\"4 minutes\"></head>"
            "<body><h1>Movers in the city</h1><p>Text.</p></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Tyler Brown");
    done(&p);

    /* An avatar whose alt the text beside it repeats; a picture whose alt
     * repeats a card's caption is no avatar. */
    extract(&p,
            "<html><body><article><h1>A headline for the story</h1><p>Body text.</p>"
            "<a href=\"/x\"><img class=\"cover\" alt=\"Equipment Sales\"><h3>Equipment Sales</h3></a>"
            "<div><img class=\"rounded-full\" alt=\"Nawaz Dhandala\"><h3>Nawaz Dhandala</h3>"
            "<p>Writes about reliability.</p></div></article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Nawaz Dhandala");
    done(&p);

    /* A page rendered by scripts keeps its posts in <noscript>. */
    extract(&p,
            "<html><body><h1>Laptop recommendations</h1><noscript><div class=\"post\">"
            "<span itemprop=\"author\" itemscope><a href=\"/u/k\"><span itemprop=\"name\">Klaustrophobia</span></a></span>"
            "<p>I need a new laptop.</p></div></noscript></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Klaustrophobia");
    done(&p);

    /* A link to the author's archive. */
    extract(&p,
            "<html><body><article><h1>A headline for the story</h1><p>Body.</p>"
            "<a href=\"/authors/er\">All articles by Elliot Raba</a></article></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Elliot Raba");
    done(&p);

    /* A thread starter named above a highlighted reply's microdata. */
    extract(&p,
            "<html><body><h1>Graphics card question</h1>"
            "<div class=\"description\">Thread starter <a class=\"username\" href=\"/m/s\">SamuelMIz</a></div>"
            "<div class=\"post\"><section itemprop=\"author\" itemscope><meta itemprop=\"name\" content=\"Ralston18\">"
            "</section><p>Solution text.</p></div></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "SamuelMIz");
    done(&p);

    /* A forum's "started by" line. */
    extract(&p,
            "<html><body><h1>Best hosts</h1><p>Discussion in 'Hosting' started by "
            "<a class=\"username\" href=\"/m/1\">pelex</a>, May 26, 2025.</p></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "pelex");
    done(&p);
}

/* The RDFa spellings of Dublin Core (property="dc:creator") name the
 * author and the description, several properties to one attribute. */
static void dublin_core_rdfa_properties(void **state)
{
    (void)state;
    page p;
    extract(&p,
            "<html><head><meta property=\"dc:creator twitter:site_name\" content=\"Creator Name\">"
            "<meta name=\"author\" content=\"Site Owner\">"
            "<meta property=\"dc:description\" content=\"The summary\">"
            "<meta name=\"description\" content=\"Generic\"></head>"
            "<body><h1>Headline here</h1><p>Text.</p></body></html>",
            "");
    assert_int_equal(p.m.authors.count, 1);
    eq(p.m.authors.items[0], "Creator Name");
    eq(p.m.description, "The summary");
    done(&p);
}

/* Without a description of its own a page gets its article's first
 * paragraph with text; one of its own is kept. */
static void description_from_first_paragraph(void **state)
{
    (void)state;
    page p;
    extract(&p, "<html><body><h1>Headline here</h1><p>Text.</p></body></html>", "");
    eq(p.m.description, NULL);
    static const char body[] = "<h2>Part</h2><p> </p><p>First  <b>real</b>\nparagraph.</p><p>Second.</p>";
    dom_document article;
    assert_int_equal(mini_tree_parse(p.a, body, strlen(body), &article), 0);
    meta_describe_from_article(&p.m, article.root, p.a);
    eq(p.m.description, "First real paragraph.");
    p.m.description = slice_make("Own", 3);
    meta_describe_from_article(&p.m, article.root, p.a);
    eq(p.m.description, "Own");
    meta_describe_from_article(&p.m, NULL, p.a);
    eq(p.m.description, "Own");
    done(&p);

    /* The byline kept at the top of the body is no summary. */
    extract(&p, "<html><head><meta name=\"author\" content=\"Ann Lee\"></head><body><h1>Headline here</h1></body></html>",
            "");
    static const char signed_body[] = "<p>By Ann Lee, March 25, 2015</p><p>The story.</p>";
    assert_int_equal(mini_tree_parse(p.a, signed_body, strlen(signed_body), &article), 0);
    meta_describe_from_article(&p.m, article.root, p.a);
    eq(p.m.description, "The story.");
    done(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(visible_date_near_headline_beats_page_chrome),
        cmocka_unit_test(json_ld_beats_opengraph_and_text),
        cmocka_unit_test(url_date_is_the_last_resort_and_lists_do_not_count),
        cmocka_unit_test(future_and_ancient_dates_are_rejected),
        cmocka_unit_test(time_element_and_byline),
        cmocka_unit_test(bylines_from_labels_and_structured_names),
        cmocka_unit_test(page_byline_against_structured_names),
        cmocka_unit_test(bylines_from_plugins_avatars_and_noscript),
        cmocka_unit_test(tag_paths_and_label_case),
        cmocka_unit_test(dublin_core_rdfa_properties),
        cmocka_unit_test(description_from_first_paragraph),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
