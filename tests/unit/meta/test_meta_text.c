/* test_meta_text.c - author cleaning, title site-name stripping, text
 * cleaning, language tags, JSON-LD and <meta> readers fed from strings. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "meta/meta_context.h"
#include "meta/meta_internal.h"

static arena *A;

static slice S(const char *s) { return slice_make(s, strlen(s)); }

static void assert_slice(slice s, const char *want)
{
    if (!want) {
        assert_null(s.ptr);
        return;
    }
    if (!s.ptr || s.len != strlen(want) || memcmp(s.ptr, want, s.len) != 0)
        fail_msg("got '%.*s', expected '%s'", (int)s.len, s.ptr ? s.ptr : "(null)", want);
}

static void expect_authors(const char *byline, const char *want)
{
    meta_items l = { .count = 0, .rank = 0 };
    meta_authors_add_byline(&l, A, S(byline));
    char joined[512] = "";
    for (size_t i = 0; i < l.count; i++) {
        if (i)
            strcat(joined, "; ");
        strncat(joined, l.items[i].ptr, l.items[i].len);
    }
    if (strcmp(joined, want) != 0)
        fail_msg("'%s' gave '%s', expected '%s'", byline, joined, want);
}

static void authors_are_cleaned_and_split(void **state)
{
    (void)state;
    expect_authors("By Jane Doe", "Jane Doe");
    expect_authors("  by\n  Jane   Doe ", "Jane Doe");
    expect_authors("By Jane Doe and John Smith", "Jane Doe; John Smith");
    expect_authors("Jane Doe, John Smith & Ann Lee", "Jane Doe; John Smith; Ann Lee");
    expect_authors("Jane Doe; John Smith", "Jane Doe; John Smith");
    expect_authors("By Jane Doe, Staff Writer", "Jane Doe");
    expect_authors("Jane Doe | Reuters", "Jane Doe");
    expect_authors("By Jane Doe, January 11, 2022", "Jane Doe");
    expect_authors("By Jane Doe Updated 11.01.2022 10:00", "Jane Doe");
    expect_authors("Written by: Jane Doe", "Jane Doe");
    expect_authors("Von Hans Müller und Eva Schmidt", "Hans Müller; Eva Schmidt");
    expect_authors("Par Jean Dupont", "Jean Dupont");
    expect_authors("Por María García y José Pérez", "María García; José Pérez");
    expect_authors("jane@example.com", "");
    expect_authors("https://www.facebook.com/janedoe", "");
    expect_authors("@janedoe", "");
    expect_authors("Jane Doe, Jane Doe", "Jane Doe");
    expect_authors("admin", "admin");
    expect_authors("This is a long sentence that is not a name", "");
}

static void expect_person(const char *field, const char *want)
{
    meta_items l = { .count = 0, .rank = 0 };
    meta_authors_add_person(&l, A, S(field));
    char joined[512] = "";
    for (size_t i = 0; i < l.count; i++) {
        if (i)
            strcat(joined, "; ");
        strncat(joined, l.items[i].ptr, l.items[i].len);
    }
    if (strcmp(joined, want) != 0)
        fail_msg("'%s' gave '%s', expected '%s'", field, joined, want);
}

static void author_names_lose_credentials_roles_and_noise(void **state)
{
    (void)state;
    /* Credentials after the name are no second author. */
    expect_authors("Doris Munoz-Mantilla, MD, FOMA, DABOM", "Doris Munoz-Mantilla");
    expect_authors("Michael Greger, M.D. FACLM", "Michael Greger");
    expect_authors("Jane Doe, PhD; John Roe, DVM", "Jane Doe; John Roe");
    /* Avatar initials, a name printed twice, quotes, bullets, guillemets. */
    expect_authors("CM Craig McCarthy", "Craig McCarthy");
    expect_authors("Jane Doe Jane Doe", "Jane Doe");
    expect_authors("\"David Kim\"", "David Kim");
    expect_authors("Haley Hoekstra \xE2\x80\xA2", "Haley Hoekstra");
    expect_authors("Post by galitsyn \xC2\xBB", "galitsyn");
    expect_authors("Outer Armatonisdaristan \xC2\xBB Tue", "Outer Armatonisdaristan");
    /* A parenthesis is kept when closed, dropped when cut off. */
    expect_authors("Jean-Luc Aufranc (CNXSoft)", "Jean-Luc Aufranc (CNXSoft)");
    expect_authors("Jean-Luc Aufranc (CNXSoft", "Jean-Luc Aufranc");
    expect_authors("Martin Untersinger (avec Damien Leloup et Morgane Tual)",
                   "Martin Untersinger; Damien Leloup; Morgane Tual");
    expect_authors("Last Updated: January 7, 2025", "");
    expect_authors("Perry Bacon Jr.", "Perry Bacon Jr.");
    expect_authors("Cerebral Inc.", "Cerebral Inc.");
    expect_authors("By Jane Smith.", "Jane Smith");
    /* Credits ("design: Name") are no bylines. */
    expect_authors("design: Scott McDaniel", "");
    /* On the page: "on Friday", "in Forum", a role after " by ". */
    expect_authors("BeauHD on Friday", "BeauHD");
    expect_authors("MixmasterFred in Workshop Woodworking", "MixmasterFred");
    expect_authors("Guide by Will Judd", "Will Judd");
    expect_authors("Posted on Tuesday by Jane Doe", "Jane Doe");
    expect_authors("By Shelby Loos, DVM. Reviewed by Molly Price, DVM", "Shelby Loos");
    expect_authors("Recipe by PJ Hamel", "PJ Hamel");
    /* Labels, roles, dates and sentences are no names. */
    expect_authors("Topic Author", "");
    expect_authors("Insights from", "");
    expect_authors("Sat", "");
    expect_authors("Julia Gralberg is a freelance travel writer, editor of Hotel Guide", "");
    expect_authors("About the Authors", "");
    /* Teams and organisations keep their lower-case joining words. */
    expect_authors("Ask the Doctors", "Ask the Doctors");
    expect_authors("The Currency editors", "The Currency editors");
    expect_authors("Podium Staff", "Podium Staff");
    /* User names keep their digits; numbers alone are no names. */
    expect_authors("lulug30", "lulug30");
    expect_authors("r23", "r23");
    /* Labels and marks in several languages. */
    expect_authors("Auteur: Anna Kubista", "Anna Kubista");
    expect_authors("Interview: Julia Lauter", "Julia Lauter");
    expect_authors("Erstellt von Andri Bryner", "Andri Bryner");
    expect_authors("\xC2\xA9 Kathrin F\xC3\xBChres", "Kathrin F\xC3\xBChres");
    expect_authors("~ Cem Basman", "Cem Basman");
    expect_authors("Sara Zinnecker Stand: 12.05.2022", "Sara Zinnecker");
    expect_authors("Artikel von", "");
    expect_authors("06.11.2023 13:30 von Olga", "Olga");
    expect_authors("Max von Trapp", "Max von Trapp");
    expect_authors("Text von Christian Seiler Illustration von Markus Roost", "Christian Seiler");
    assert_true(meta_author_is_credential(S("PhD")));
    assert_false(meta_author_is_credential(S("Grant Tinsley")));
    /* A newsroom signing alone is the author; after a person it is a desk. */
    expect_authors("Redaktion", "Redaktion");
    expect_authors("Jane Doe, Redaktion", "Jane Doe");
    expect_authors("2024", "");
    /* One person's field in "Last, First" order. */
    expect_person("Roy, Aniruddha", "Aniruddha Roy");
    expect_person("Jane Doe", "Jane Doe");
    expect_person("Jane Doe, MD", "Jane Doe");
    assert_true(meta_author_plausible(S("kirstin boatto"), true));
    assert_false(meta_author_plausible(S("kirstin boatto"), false));
    assert_true(meta_author_plausible(S("Marna van der Merwe"), false));
}

static void title_site_suffix(void **state)
{
    (void)state;
    assert_slice(meta_title_strip_site(S("CSTO troops leave - BalkanWire"), S("BalkanWire")), "CSTO troops leave");
    assert_slice(meta_title_strip_site(S("Headline here | The Site"), S("The Site")), "Headline here");
    assert_slice(meta_title_strip_site(S("The Site: News | Headline here"), S("The Site")), "Headline here");
    assert_slice(meta_title_strip_site(S("Headline \xE2\x80\x93 example.com"), S("")), "Headline");
    /* No site name known: a short last part after a long headline. */
    assert_slice(meta_title_strip_site(S("Troops begin leaving Kazakhstan soon - BalkanWire"), S("")),
                 "Troops begin leaving Kazakhstan soon");
    /* A dash inside a short title stays. */
    assert_slice(meta_title_strip_site(S("Spider-Man - Review"), S("")), "Spider-Man - Review");
    assert_slice(meta_title_strip_site(S("No separator here"), S("Site")), "No separator here");
    assert_true(meta_text_similar(S("CSTO Troops, leaving!"), S("csto troops leaving")));
    assert_false(meta_text_similar(S("CSTO troops"), S("CSTO troops leaving")));
    assert_true(meta_text_contains(S("Site - CSTO Troops leaving | x"), S("csto troops")));
}

static void text_cleaning(void **state)
{
    (void)state;
    assert_slice(meta_clean_text(A, S("  a\n\t b&amp;c &#8217;&#x2019; &nbsp;d&bogus; ")),
                 "a b&c \xE2\x80\x99\xE2\x80\x99 d&bogus;");
    assert_slice(meta_clean_text(A, S("\xC2\xA0x\xC2\xA0y")), "x y");
    /* Soft hyphens go, as raw bytes or as a reference. */
    assert_slice(meta_clean_text(A, S("Assis\xC2\xADtance Pro&shy;gram")), "Assistance Program");
}

static void language_tags(void **state)
{
    (void)state;
    assert_slice(meta_lang_normalize(A, S("en_us")), "en-US");
    assert_slice(meta_lang_normalize(A, S(" EN ")), "en");
    assert_slice(meta_lang_normalize(A, S("de-DE, en")), "de-DE");
    assert_slice(meta_lang_normalize(A, S("zh-hant-tw")), "zh-Hant-TW");
    assert_slice(meta_lang_normalize(A, S("")), NULL);
    assert_slice(meta_lang_normalize(A, S("english")), NULL);
    assert_slice(meta_lang_normalize(A, S("e")), NULL);
}

static void init(meta_evidence *ev) { meta_evidence_init(ev, A, A); }

static void jsonld_main_entity(void **state)
{
    (void)state;
    meta_evidence ev;
    init(&ev);
    const char *web = "{\"@context\":\"https://schema.org\",\"@graph\":["
                      "{\"@type\":\"WebSite\",\"name\":\"BalkanWire\"},"
                      "{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\",\"name\":\"Page\"}]}";
    const char *art = "<!-- {\"@type\":[\"NewsArticle\"], \"headline\":\"CSTO &amp; troops\","
                      "\"datePublished\":\"2022-01-11T08:30:00+06:00\",\"dateModified\":\"2022-01-12\","
                      "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},\"By John Smith\"],"
                      "\"publisher\":{\"@type\":\"Organization\",\"name\":\"BW Media\"},"
                      "\"image\":{\"url\":\"/i.jpg\"},\"keywords\":\"Kazakhstan, CSTO\","
                      "\"articleSection\":[\"World\"],} -->";
    assert_int_equal(meta_jsonld_read(&ev, A, S(web)), 0);
    assert_int_equal(meta_jsonld_read(&ev, A, S("{broken")), 0);
    assert_int_equal(meta_jsonld_read(&ev, A, S(art)), 0);
    meta_jsonld_finish(&ev);
    assert_slice(ev.jsonld_headline, "CSTO & troops");
    assert_int_equal(ev.date_count, 2);
    assert_false(ev.dates[0].modified);
    assert_int_equal(ev.dates[0].date.day, 11);
    assert_int_equal(ev.dates[0].date.tz_minutes, 360);
    assert_true(ev.dates[1].modified);
    assert_int_equal(ev.authors.count, 2);
    assert_slice(ev.authors.items[0], "Jane Doe");
    assert_slice(ev.authors.items[1], "John Smith");
    assert_slice(ev.site_name.value, "BW Media"); /* the publisher beats WebSite */
    assert_slice(ev.image.value, "/i.jpg");
    assert_int_equal(ev.tags.count, 2);
    assert_slice(ev.tags.items[1], "CSTO");
    assert_slice(ev.categories.items[0], "World");
    assert_slice(ev.schema_type.value, "NewsArticle");
}

static void meta_tags_by_trust(void **state)
{
    (void)state;
    meta_evidence ev;
    init(&ev);
    meta_tags_read(&ev, S("keywords"), S("a, b, c"));
    meta_tags_read(&ev, S("article:tag"), S("Kazakhstan"));
    meta_tags_read(&ev, S("article:tag"), S("CSTO"));
    meta_tags_read(&ev, S("description"), S("plain"));
    meta_tags_read(&ev, S("og:description"), S("from og"));
    meta_tags_read(&ev, S("article:author"), S("https://facebook.com/x"));
    meta_tags_read(&ev, S("author"), S("By Jane Doe"));
    meta_tags_read(&ev, S("article:published_time"), S("2022-01-11T10:00:00Z"));
    meta_tags_read(&ev, S("OG:Site_Name"), S("BalkanWire"));
    meta_tags_read(&ev, S("unknown"), S("x"));
    assert_int_equal(ev.tags.count, 2);
    assert_slice(ev.tags.items[0], "Kazakhstan");
    assert_slice(ev.description.value, "from og");
    assert_int_equal(ev.authors.count, 1);
    assert_slice(ev.authors.items[0], "Jane Doe");
    assert_int_equal(ev.date_count, 1);
    assert_int_equal(ev.dates[0].rank, RANK_OPENGRAPH);
    assert_slice(ev.site_name.value, "BalkanWire");
}

/* The lookup visits only the rules of a key's length: keys sharing a
 * length with several rules (8: og:title, og:image, language, keywords;
 * 14: og:description, dcterms.issued, citation_title) each find their own,
 * in any case; near misses and very long keys find none. */
static void meta_tags_same_length(void **state)
{
    (void)state;
    meta_evidence ev;
    init(&ev);
    meta_tags_read(&ev, S("xg:title"), S("not a title"));
    meta_tags_read(&ev, S("og:titlx"), S("not a title"));
    char long_key[300];
    memset(long_key, 'a', sizeof long_key);
    meta_tags_read(&ev, slice_make(long_key, sizeof long_key), S("x"));
    assert_int_equal(ev.og_title.len, 0);
    meta_tags_read(&ev, S("KEYWORDS"), S("k1, k2"));
    meta_tags_read(&ev, S("Language"), S("de"));
    meta_tags_read(&ev, S("og:Title"), S("The title"));
    meta_tags_read(&ev, S("Citation_Title"), S("Paper title"));
    meta_tags_read(&ev, S("OG:DESCRIPTION"), S("og text"));
    meta_tags_read(&ev, S("DCTERMS.ISSUED"), S("2021-03-04"));
    meta_tags_read(&ev, S("byl"), S("Jane Doe"));
    assert_int_equal(ev.tags.count, 2);
    assert_slice(ev.content_language, "de");
    assert_slice(ev.og_title, "The title");
    assert_slice(ev.dc_title, "Paper title");
    assert_slice(ev.description.value, "og text");
    assert_int_equal(ev.description.rank, RANK_OPENGRAPH);
    assert_int_equal(ev.date_count, 1);
    assert_int_equal(ev.dates[0].rank, RANK_DUBLIN_CORE);
    assert_int_equal(ev.authors.count, 1);
}

int main(void)
{
    A = arena_new(0);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(authors_are_cleaned_and_split),
        cmocka_unit_test(author_names_lose_credentials_roles_and_noise),
        cmocka_unit_test(title_site_suffix),
        cmocka_unit_test(text_cleaning),
        cmocka_unit_test(language_tags),
        cmocka_unit_test(jsonld_main_entity),
        cmocka_unit_test(meta_tags_by_trust),
        cmocka_unit_test(meta_tags_same_length),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free(A);
    return rc;
}
