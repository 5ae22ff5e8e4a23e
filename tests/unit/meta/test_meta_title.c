/* test_meta_title.c - the title cut into parts (site names, dashes that
 * join, short section labels) and the headline chosen by agreement
 * between the <h1>s and the title sources. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "meta/meta_context.h"
#include "meta/meta_title.h"
#include "mini_tree.h"

static slice S(const char *s) { return slice_make(s, strlen(s)); }

static void eq(slice s, const char *want)
{
    if (!s.ptr || s.len != strlen(want) || memcmp(s.ptr, want, s.len) != 0)
        fail_msg("got '%.*s', expected '%s'", (int)s.len, s.ptr ? s.ptr : "(null)", want);
}

static slice head(const char *title, const char *site, const char *url)
{
    meta_site_names names = { .name = S(site), .host_label = meta_title_host_label(S(url)) };
    static meta_title_parts p;
    meta_title_split(S(title), &names, &p);
    return meta_title_head(&p);
}

static void host_labels(void **state)
{
    (void)state;
    eq(meta_title_host_label(S("https://www.example.co.uk/x")), "example");
    eq(meta_title_host_label(S("https://bbs.archlinux.org/viewtopic.php?id=1")), "archlinux");
    eq(meta_title_host_label(S("http://news.example.com:8080/")), "example");
    assert_int_equal(meta_title_host_label(S("no url")).len, 0);
    assert_int_equal(meta_title_host_label(S("")).len, 0);
}

static void site_parts_are_dropped(void **state)
{
    (void)state;
    eq(head("Headline words here | Section | The Site", "The Site", ""), "Headline words here");
    eq(head("The Site - Headline words here", "The Site", ""), "Headline words here");
    /* The host names the site when no site name is given. */
    eq(head("Question about the kernel / Discussion / Arch Linux Forums", "",
            "https://bbs.archlinux.org/t"),
       "Question about the kernel");
    eq(head("Headline words here \xE2\x80\x94 example.com", "", ""), "Headline words here");
    /* Before a dash, a product named after the brand is no site name;
     * before other separators the site name with a word added is. */
    eq(head("Nintendo Switch - OLED Model White set - Official Site", "", "https://www.nintendo.com/p"),
       "Nintendo Switch - OLED Model White set");
    eq(head("Four Years Remaining \xC2\xBB Blog Archive \xC2\xBB Interning of Small Integers", "",
            "https://fouryears.eu/2009/interning"),
       "Interning of Small Integers");
    /* "| Site": an empty headline slot. */
    assert_int_equal(head("| Nuts & Volts Magazine", "", "").len, 0);
    /* A product named after the brand is no site name. */
    eq(head("Visual Studio Community | Download the free version", "Visual Studio", ""),
       "Visual Studio Community");
}

static void dashes_join_bars_separate(void **state)
{
    (void)state;
    /* A dash joins a headline and its second half... */
    eq(head("Hund vertreibt Einbrecher \xE2\x80\x93 Zeugenaufruf | Lokalblatt", "Lokalblatt", ""),
       "Hund vertreibt Einbrecher \xE2\x80\x93 Zeugenaufruf");
    /* ...a bar ends it. */
    eq(head("Best movers in town 2025 | Top 19 companies | Movers Inc", "Movers Inc", ""),
       "Best movers in town 2025");
    /* A first part too short for a headline is a section label. */
    eq(head("Reviews | Best headphones of 2026 | Site", "Site", ""), "Best headphones of 2026");
    /* In English, a title-case tag line after a title-case headline is
     * cut; a sentence-case continuation is not, nor any in German. */
    meta_site_names en = { .name = S("Gold's Gym"), .english = true };
    meta_title_parts p;
    meta_title_split(S("Gym Workouts for Beginners \xE2\x80\x94 Strength Training - Gold's Gym"), &en, &p);
    eq(meta_title_head(&p), "Gym Workouts for Beginners");
    meta_title_split(S("Why the vote failed \xE2\x80\x93 and what comes next | Gold's Gym"), &en, &p);
    eq(meta_title_head(&p), "Why the vote failed \xE2\x80\x93 and what comes next");
    eq(head("Barcamp Graz Zwanzig \xE2\x80\x93 Politcamp Call | Blog", "Blog", ""),
       "Barcamp Graz Zwanzig \xE2\x80\x93 Politcamp Call");
    /* Year ranges are no separators. */
    eq(head("Tech conferences in Europe 2026 / 2027", "", ""), "Tech conferences in Europe 2026 / 2027");
    /* Without a site name, a short last part after a long headline. */
    eq(head("Troops begin leaving the country soon - BalkanWire", "", ""),
       "Troops begin leaving the country soon");
}

static void cjk_underscores_separate(void **state)
{
    (void)state;
    meta_title_parts p;
    meta_site_names names = { .name = S("\xE8\x85\xBE\xE8\xAE\xAF\xE7\xBD\x91") };
    /* "headline_section_site" in Chinese, the site named. */
    meta_title_split(S("\xE6\x96\xB0\xE9\x97\xBB\xE6\xA0\x87\xE9\xA2\x98_\xE7\xA7\x91\xE6\x8A\x80_"
                       "\xE8\x85\xBE\xE8\xAE\xAF\xE7\xBD\x91"),
                     &names, &p);
    assert_int_equal(p.n, 3);
    assert_int_equal(p.hi, 2);
    /* Each ideograph counts as a word, so a Chinese headline is long
     * enough to stand before its section and site. */
    assert_int_equal(meta_title_words(S("\xE6\x96\xB0\xE9\x97\xBB\xE6\xA0\x87\xE9\xA2\x98")), 4);
    assert_int_equal(meta_title_words(S("two words")), 2);
    eq(meta_title_head(&p), "\xE6\x96\xB0\xE9\x97\xBB\xE6\xA0\x87\xE9\xA2\x98");
    /* An ASCII identifier keeps its underscore. */
    meta_title_split(S("snake_case names"), NULL, &p);
    assert_int_equal(p.n, 1);
}

static void permalink_marks_are_cut(void **state)
{
    (void)state;
    eq(meta_title_clean_heading(S("Advanced Usage\xC2\xB6")), "Advanced Usage");
    eq(meta_title_clean_heading(S("Install #")), "Install");
    eq(meta_title_clean_heading(S("C# in depth")), "C# in depth");
    /* A heading set twice for two screen sizes reads once. */
    eq(meta_title_clean_heading(S("Top stories Top stories")), "Top stories");
    eq(meta_title_clean_heading(S("Bora Bora")), "Bora Bora");
    eq(meta_title_clean_heading(S("New York, New York")), "New York, New York");
}

/* ---- the choice on whole pages ---- */

static slice choose(arena *a, meta_context *ctx, const char *html, const char *url)
{
    dom_document doc;
    assert_int_equal(mini_tree_parse(a, html, strlen(html), &doc), 0);
    static meta_info m;
    assert_int_equal(meta_extract(ctx, &doc, S(url), a, &m), 0);
    return m.title;
}

static void headline_choice(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    meta_context *ctx = meta_context_new();
    /* The <h1> repeats the middle part of the title. */
    eq(choose(a, ctx,
              "<html><head><title>python - Why is except pass a bad practice? - Stack Overflow</title>"
              "</head><body><h1>Why is except pass a bad practice?</h1><p>x</p></body></html>",
              "https://stackoverflow.com/q/1"),
       "Why is except pass a bad practice?");
    /* A label in front of the headline is dropped. */
    eq(choose(a, ctx,
              "<html><head><title>What to look for in a web host | Hosting Talk</title></head>"
              "<body><h1>Thread: What to look for in a web host</h1></body></html>",
              "https://forum.example/t/1"),
       "What to look for in a web host");
    /* An <h1> naming the book or site, a later part of the title, is not
     * the headline; the one repeating the first part is. */
    eq(choose(a, ctx,
              "<html><head><title>What is Ownership? - The Rust Programming Language</title></head>"
              "<body><div><h1>The Rust Programming Language</h1></div>"
              "<div><h1>What is Ownership?\xC2\xB6</h1><p>text</p></div></body></html>",
              "https://doc.example.org/book/ch04.html"),
       "What is Ownership?");
    /* A short <h1> opening the title's headline ("Headlamps for Camping"). */
    eq(choose(a, ctx,
              "<html><head><title>Headlamps for Camping &amp; Hiking | Outdoor Shop</title>"
              "<meta property=\"og:site_name\" content=\"Outdoor Shop\"></head>"
              "<body><main><h1>Headlamps</h1></main></body></html>",
              "https://shop.example/headlamps"),
       "Headlamps");
    /* og:title naming the headline with its dash part keeps that part. */
    eq(choose(a, ctx,
              "<html lang=\"en\"><head><title>This County Criminalized Students \xE2\x80\x93 Until Now | "
              "Liberties Union</title><meta property=\"og:site_name\" content=\"Liberties Union\">"
              "<meta property=\"og:title\" content=\"This County Criminalized Students \xE2\x80\x93 Until Now\">"
              "</head><body><h1>This County Criminalized Students \xE2\x80\x93 Until Now</h1><p>text</p>"
              "</body></html>",
              "https://liberties.example/news/1"),
       "This County Criminalized Students \xE2\x80\x93 Until Now");
    /* Several RDFa properties in one attribute; Dublin Core first. */
    eq(choose(a, ctx,
              "<html><head><title>Title Element</title>"
              "<meta property=\"x:title dc:title\" content=\"Preferred title\">"
              "<meta property=\"og:title twitter:title\" content=\"A title\"></head>"
              "<body><h1>Test document heading</h1></body></html>",
              "https://example.org/a"),
       "Preferred title");
    /* A kicker line inside the <h1> is not part of the headline. */
    eq(choose(a, ctx,
              "<html><head><title>Gehackt: Daten von Rheinmetall im Netz | Nachrichten</title></head>"
              "<body><main><h1><span class=\"dachzeile\">Interne Unterlagen</span>"
              "<span class=\"visually-hidden\">: </span>"
              "<span class=\"headline\">Daten von Rheinmetall im Netz</span></h1></main></body></html>",
              "https://news.example/a"),
       "Daten von Rheinmetall im Netz");
    /* A forum's thread prefix tag is not part of the headline; a class
     * merely containing "label" does not make one. */
    eq(choose(a, ctx,
              "<html><head><title>Player - Squad for the coming season | Fan Forum</title></head>"
              "<body><main><h1><span class=\"label label--blue\">Player</span> "
              "Squad for the coming season</h1></main></body></html>",
              "https://forum.example/threads/1"),
       "Squad for the coming season");
    eq(choose(a, ctx,
              "<html><head><title>KALLAX Shelf unit, white - Shop</title></head>"
              "<body><main><h1><span>KALLAX</span> <span class=\"typography-label-l\">Shelf unit, white</span>"
              "</h1></main></body></html>",
              "https://shop.example/p/1"),
       "KALLAX Shelf unit, white");
    /* The site's logo in an <h1> linking home is no headline. */
    eq(choose(a, ctx,
              "<html><head><title>Conversations with a cryptid, chapter one [Fan Archive]</title></head>"
              "<body><h1><a href=\"/\">Fan Archive</a></h1><p>text</p></body></html>",
              "https://archive.example/works/1"),
       "Conversations with a cryptid, chapter one [Fan Archive]");
    /* og:title and <title> each rewritten for search: the visible
     * headline is the page's. */
    eq(choose(a, ctx,
              "<html><head><title>The 5 Best Kettles, Tested | Kitchen Site</title>"
              "<meta property=\"og:title\" content=\"Five kettles to perfect your pour\"></head>"
              "<body><main><h1>Perfect your pour with these gooseneck kettles</h1></main></body></html>",
              "https://kitchen.example/kettles"),
       "Perfect your pour with these gooseneck kettles");
    meta_context_free(ctx);
    arena_free(a);
}


/* An <h1> that runs its kicker into the headline ("Kicker Headline",
 * "KickerHeadline"), where the title separates them, gives the headline;
 * a separator inside a name or a sentence running on is no kicker. */
static void kicker_run_into_headline(void **state)
{
    (void)state;
    eq(meta_title_unglue_kicker(S("Olympic Games in Paris Drinks reach the centre by boat"),
                                S("Olympic Games in Paris - Drinks reach the centre by boat")),
       "Drinks reach the centre by boat");
    eq(meta_title_unglue_kicker(S("Workout of the WeekMedley pyramid with GA2"),
                                S("Workout of the Week | Medley pyramid with GA2")),
       "Medley pyramid with GA2");
    eq(meta_title_unglue_kicker(S("The future of work\"We rearrange the deck chairs\""),
                                S("The future of work - \"We rearrange the deck chairs\"")),
       "\"We rearrange the deck chairs\"");
    /* A title that shortens the headline after the kicker. */
    eq(meta_title_unglue_kicker(S("Energy Initiative Free power check for private homes"),
                                S("Energy Initiative - free power check")),
       "Free power check for private homes");
    /* The <h1> keeps the separator: one headline. */
    assert_null(meta_title_unglue_kicker(S("Radon in the ground: a new map shows where"),
                                         S("Radon in the ground: a new map shows where")).ptr);
    /* "Spider-Man" against "Spider Man": no separator standing apart. */
    assert_null(meta_title_unglue_kicker(S("Spider Man Far From Home reviewed"),
                                         S("Spider-Man Far From Home reviewed")).ptr);
    /* A full stop in the <h1> where the title has a dash: one sentence. */
    assert_null(meta_title_unglue_kicker(S("What tutoring is not. Choosing a good tutor"),
                                         S("What tutoring is not. - Choosing a good tutor")).ptr);
    /* Too short a headline after it, or a kicker longer than it. */
    assert_null(meta_title_unglue_kicker(S("Staple Tee 5001"), S("Staple Tee - 5001")).ptr);
    assert_null(meta_title_unglue_kicker(S("The best coffee makers of the year Tested here"),
                                         S("The best coffee makers of the year: Tested here")).ptr);
    /* Other words: not the same text. */
    assert_null(meta_title_unglue_kicker(S("Kicker Another headline here"), S("Kicker - Headline here")).ptr);
}

static void headline_rules(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    meta_context *ctx = meta_context_new();
    /* The whole page: the kicker run into the <h1> is dropped. */
    eq(choose(a, ctx,
              "<html><head><title>100th birthday: Survivor Jane Doe turns 100 years old | Site</title>"
              "<meta property=\"og:site_name\" content=\"Site\"></head>"
              "<body><main><h1>100th birthday Survivor Jane Doe turns 100 years old</h1></main></body></html>",
              "https://news.example/a"),
       "Survivor Jane Doe turns 100 years old");
    /* The RDFa property "dc:title" beats the name= convention "DC.title"
     * wherever they stand. */
    eq(choose(a, ctx,
              "<html><head><title>Title Element</title>"
              "<meta name=\"DC.title\" content=\"Dublin Core name title\">"
              "<meta property=\"dc:title\" content=\"Dublin Core property title\">"
              "<meta property=\"og:title\" content=\"Open Graph title\"></head>"
              "<body><p>text</p></body></html>",
              "https://example.org/a"),
       "Dublin Core property title");
    /* A lone main-area <h1> of five words or more is the headline even
     * when the title is only the site's slogan... */
    eq(choose(a, ctx,
              "<html><head><title>Forum - The heart of the internet</title></head>"
              "<body><main><h1>Enameled cast iron pan and metal utensils</h1><p>text</p></main></body></html>",
              "https://forum.example/r/1"),
       "Enameled cast iron pan and metal utensils");
    /* ...but not on a page that declares itself a website, where the
     * <h1> is a marketing line. */
    eq(choose(a, ctx,
              "<html><head><title>Small Business Accounting Software | Ledgerly</title>"
              "<meta property=\"og:type\" content=\"website\"></head>"
              "<body><main><h1>Keeps you organized without the hassle</h1><p>text</p></main></body></html>",
              "https://ledgerly.example/"),
       "Small Business Accounting Software");
    /* Buttons and ruby readings are no part of the <h1>'s text. */
    eq(choose(a, ctx,
              "<html><head><title>tokio - Rust</title></head>"
              "<body><main><h1>Crate <span>tokio</span><button>Copy item path</button></h1></main></body></html>",
              "https://docs.example/tokio"),
       "Crate tokio");
    /* Nor is what the page hides (a bookmark tooltip). */
    eq(choose(a, ctx,
              "<html><head><title>IAM overview | Identity and Access Management | Cloud Docs</title></head>"
              "<body><main><h1>IAM overview<span hidden><span>Stay organized with collections</span></span>"
              "</h1><p>text</p></main></body></html>",
              "https://docs.example/iam/overview"),
       "IAM overview");
    eq(choose(a, ctx,
              "<html><head><title>NEWS WEB EASY|\xE5\xAD\x90\xE3\x81\xA9\xE3\x82\x82\xE3\x81\xAE\xE6\xB3\x95"
              "</title></head>"
              "<body><main><h1><ruby>\xE5\xAD\x90<rt>\xE3\x81\x93</rt></ruby>\xE3\x81\xA9\xE3\x82\x82\xE3\x81\xAE"
              "<ruby>\xE6\xB3\x95<rt>\xE3\x81\xBB\xE3\x81\x86</rt></ruby></h1></main></body></html>",
              "https://news.example/easy/1"),
       "\xE5\xAD\x90\xE3\x81\xA9\xE3\x82\x82\xE3\x81\xAE\xE6\xB3\x95");
    meta_context_free(ctx);
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(host_labels),
        cmocka_unit_test(site_parts_are_dropped),
        cmocka_unit_test(dashes_join_bars_separate),
        cmocka_unit_test(cjk_underscores_separate),
        cmocka_unit_test(permalink_marks_are_cut),
        cmocka_unit_test(headline_choice),
        cmocka_unit_test(kicker_run_into_headline),
        cmocka_unit_test(headline_rules),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
