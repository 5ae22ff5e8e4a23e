/* test_ext_profile.c - non-article pages: a listing whose best prose block
 * is its short intro keeps every card of the repeated group and is
 * reported as a listing; a service page spread over sibling sections
 * keeps all of them; navigation and footer stay out. */
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


static void run_described(ext_page *p, const char *html, const char *description)
{
    ext_options eo = { .tables = true, .base_url = SLICE_LIT("https://shop.example/courses/"),
                       .description = slice_make(description, strlen(description)) };
    ext_page_run(p, html, &eo);
}

static void run(ext_page *p, const char *html) { run_described(p, html, ""); }

/* Extraction with a page URL, for the URL's votes on the page type. */
static ext_page_type type_at(const char *html, const char *url)
{
    ext_page p;
    ext_page_run_at(&p, html, url);
    ext_page_type t = p.res.page_type;
    ext_page_done(&p);
    return t;
}


/* Cards: a linked title and a short line, no prose of their own. */
#define CARD(t, s) "<div class=\"card card-" t "\"><h3><a href=/c/" t ">Course " t \
                   " in depth: a certificate program</a></h3><span class=when>" s "</span></div>"

static const char listing_page[] =
    "<!doctype html><html lang=en><head><title>Courses</title></head><body>"
    "<header><nav><a href=/>Home</a> <a href=/a>About</a> <a href=/c>Contact</a></nav></header>"
    "<div class=wrap><div class=intro><h1>Courses</h1><p>Our programs prepare working professionals "
    "to master relevant knowledge, better their performance at work, and further their careers.</p></div>"
    "<div class=grid>"
    CARD("1", "4 weeks, online") CARD("2", "6 weeks, online") CARD("3", "2 days, campus")
    CARD("4", "8 weeks, online") CARD("5", "3 days, campus") CARD("6", "5 weeks, online")
    CARD("7", "1 day, campus") CARD("8", "9 weeks, online")
    "</div></div>"
    "<footer><p>Copyright 2025 Example Training. All rights reserved.</p></footer></body></html>";

static void listing_keeps_cards(void **state)
{
    (void)state;
    ext_page p;
    run(&p, listing_page);
    const char *t = p.text.data;
    assert_non_null(strstr(t, "Our programs prepare"));
    assert_non_null(strstr(t, "Course 1 in depth"));
    assert_non_null(strstr(t, "Course 8 in depth"));
    assert_non_null(strstr(t, "9 weeks, online"));
    assert_null(strstr(t, "Copyright"));
    assert_null(strstr(t, "About"));
    assert_int_equal(p.res.page_type, PAGE_LISTING);
    ext_page_done(&p);
}

#define SECTION(h, s) "<section><h2>" h "</h2><p>" s " We work with every client on a plan that fits " \
                      "their needs, their schedule and their budget, from the first call onward.</p></section>"

static const char service_page[] =
    "<!doctype html><html lang=en><head><title>Admissions help</title>"
    "<meta property=og:type content=website></head><body>"
    "<nav><a href=/>Home</a> <a href=/s>Services</a></nav>"
    "<main><div class=packages>"
    SECTION("Initial consultation", "A two-hour meeting on strengths and goals.")
    "</div><div class=packages-2>"
    SECTION("Planning package", "Course choices and a resume for grades six to ten.")
    "</div><div class=packages-3>"
    SECTION("All-inclusive package", "Essays, lists and interviews for the final years.")
    "</div></main><footer><a href=/privacy>Privacy</a> <a href=/terms>Terms</a></footer></body></html>";

static void service_keeps_sections(void **state)
{
    (void)state;
    ext_page p;
    run(&p, service_page);
    const char *t = p.text.data;
    assert_non_null(strstr(t, "A two-hour meeting"));
    assert_non_null(strstr(t, "Course choices"));
    assert_non_null(strstr(t, "Essays, lists"));
    assert_null(strstr(t, "Privacy"));
    ext_page_done(&p);
}

/* A product page whose customer reviews hold more prose than the
 * description: the reviews and the related-products carousel go, the
 * description and the specifications stay. */
#define REVIEW(n) "<div class=review-item><p>Review " n ": I bought this kettle for my office and it " \
                  "boils water quickly, the handle stays cool and the lid closes well, very happy.</p></div>"

static const char product_page[] =
    "<!doctype html><html lang=en><head><title>Steel kettle</title>"
    "<script type=application/ld+json>{\"@type\":\"Product\",\"name\":\"Steel kettle\"}</script>"
    "</head><body><nav><a href=/>Home</a></nav><main>"
    "<div class=product-main><h1>Steel kettle</h1><div class=price>$39.00</div>"
    "<div class=description><p>A brushed steel kettle that holds 1.7 litres, with a concealed "
    "element, a limescale filter and automatic switch-off when the water boils.</p></div>"
    "<table class=specs><tr><th>Capacity</th><td>1.7 l</td></tr><tr><th>Power</th><td>3000 W</td></tr></table>"
    "</div>"
    "<section id=customer-reviews><h2>Reviews</h2>" REVIEW("1") REVIEW("2") REVIEW("3") REVIEW("4")
    "</section>"
    "<div class=related-products-carousel><h2>You may also like</h2><div class=card><a href=/t>Steel "
    "toaster with four slots and a bagel setting</a></div></div>"
    "</main><footer><p>Copyright 2025 Example Shop.</p></footer></body></html>";

static void product_drops_reviews(void **state)
{
    (void)state;
    ext_page p;
    run(&p, product_page);
    const char *t = p.text.data;
    assert_int_equal(p.res.page_type, PAGE_PRODUCT);
    assert_non_null(strstr(t, "brushed steel kettle"));
    assert_non_null(strstr(t, "3000 W"));
    assert_null(strstr(t, "Review 1"));
    assert_null(strstr(t, "Steel toaster"));
    ext_page_done(&p);
}

/* Several Product items beside an ItemList are a category page's cards;
 * an FAQ block's Question items do not make a forum. */
static const char category_page[] =
    "<!doctype html><html lang=en><head><title>Kettles</title>"
    "<script type=application/ld+json>{\"@type\":\"ItemList\",\"itemListElement\":["
    "{\"@type\":\"Product\",\"name\":\"A\"},{\"@type\":\"Product\",\"name\":\"B\"},"
    "{\"@type\":\"Product\",\"name\":\"C\"}]}</script>"
    "<script type=application/ld+json>{\"@type\":\"FAQPage\",\"mainEntity\":["
    "{\"@type\":\"Question\",\"acceptedAnswer\":{\"@type\":\"Answer\"}}]}</script>"
    "</head><body><h1>Kettles</h1><p>Every kettle we sell, from travel kettles to large family "
    "models, with free delivery on orders over fifty pounds.</p></body></html>";

static void product_items_make_collection(void **state)
{
    (void)state;
    ext_page p;
    run(&p, category_page);
    assert_int_equal(p.res.page_type, PAGE_COLLECTION);
    ext_page_done(&p);
}

/* Shop cards named with a word that marks boilerplate elsewhere
 * ("category-product"): the group of cards is still the content. */
#define SHOP_CARD(n, price) "<div class=\"col category-product\"><a href=/p" n "><div class=name>Projector " \
                            n " with laser light source</div></a><div class=price>Price: $" price "</div></div>"

static const char shop_page[] =
    "<!doctype html><html lang=en><head><title>Projectors</title></head><body>"
    "<div class=topbar><a href=/>Home</a> <a href=/cart>Cart</a></div>"
    "<div class=main><h1>Projectors</h1><p>Laser projectors for home cinema and meeting rooms, "
    "from short-throw models to bright installation units.</p>"
    "<div class=product-list>"
    SHOP_CARD("1", "4,899.00") SHOP_CARD("2", "6,496.00") SHOP_CARD("3", "2,497.97")
    SHOP_CARD("4", "1,299.00") SHOP_CARD("5", "3,150.00") SHOP_CARD("6", "899.00")
    "</div></div><footer><p>Copyright 2025 Example Projectors</p><a href=/terms>Terms</a></footer></body></html>";

static void shop_keeps_marked_cards(void **state)
{
    (void)state;
    ext_page p;
    run(&p, shop_page);
    const char *t = p.text.data;
    assert_non_null(strstr(t, "Projector 1 with laser"));
    assert_non_null(strstr(t, "Projector 6 with laser"));
    assert_non_null(strstr(t, "$6,496.00"));
    assert_non_null(strstr(t, "Laser projectors for home"));
    assert_null(strstr(t, "Copyright"));
    assert_null(strstr(t, "Cart"));
    ext_page_done(&p);
}

/* A shop page rendered by script: the body holds a menu line only, the
 * description (from the metadata layer) says what the product is. */
static const char script_product_page[] =
    "<!doctype html><html lang=en><head><title>Almond thins</title>"
    "<script type=application/ld+json>{\"@type\":\"Product\",\"name\":\"Almond thins\"}</script>"
    "</head><body><div class=top><a href=/>Shop</a> <a href=/account>Account</a></div>"
    "<div id=app></div></body></html>";

static void product_falls_back_to_description(void **state)
{
    (void)state;
    ext_page p;
    run_described(&p, script_product_page,
                  "Toasted almond thins baked in small batches, with no added salt and no preservatives.");
    assert_int_equal(p.res.page_type, PAGE_PRODUCT);
    assert_non_null(strstr(p.text.data, "Toasted almond thins baked"));
    assert_null(strstr(p.text.data, "Account"));
    ext_page_done(&p);
    /* A body with more text than the description keeps its own. */
    run_described(&p, product_page, "A kettle.");
    assert_non_null(strstr(p.text.data, "brushed steel kettle"));
    assert_null(strstr(p.text.data, "A kettle."));
    ext_page_done(&p);
}

/* WordPress shop cards: the first class is shared, the later ones name
 * each product's category and tags; the cards are still one group. */
#define WP_CARD(n, cat) "<li class=\"product type-product post-" n " product_cat-" cat " instock\">" \
                        "<a href=/p/" n "><h2>Stoneware cup number " n ", hand glazed</h2>" \
                        "<span class=price>$29.95</span></a></li>"

static const char wp_shop_page[] =
    "<!doctype html><html lang=en><head><title>Shop</title></head><body>"
    "<nav><a href=/>Home</a> <a href=/cart>Cart</a></nav>"
    "<div class=notice><p>Free shipping on orders over fifty dollars.</p></div>"
    "<div class=shop><ul class=products>"
    WP_CARD("1", "cups") WP_CARD("2", "mugs") WP_CARD("3", "bottles") WP_CARD("4", "cups")
    WP_CARD("5", "lids") WP_CARD("6", "mugs")
    "</ul></div></body></html>";

static void wordpress_cards_are_one_group(void **state)
{
    (void)state;
    ext_page p;
    run(&p, wp_shop_page);
    const char *t = p.text.data;
    assert_non_null(strstr(t, "Stoneware cup number 1,"));
    assert_non_null(strstr(t, "Stoneware cup number 6,"));
    assert_null(strstr(t, "Cart"));
    assert_int_equal(p.res.page_type, PAGE_LISTING);
    ext_page_done(&p);
}

/* A forum script's name ("viewtopic.php") and a site's home page say
 * what the page is; a slug word does not ("best-forum-apps"). */
static void url_votes(void **state)
{
    (void)state;
    static const char html[] = "<!doctype html><html lang=en><head><title>Page</title></head><body>"
                               "<p>Some text of a page that says little about what it is, written in "
                               "plain sentences for the reader.</p></body></html>";
    assert_int_equal(type_at(html, "https://forum.example/viewtopic.php?t=42"), PAGE_FORUM);
    assert_int_equal(type_at(html, "https://www.example.com/"), PAGE_SERVICE);
    assert_int_equal(type_at(html, "https://www.example.com/news/best-forum-apps.html"), PAGE_ARTICLE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(listing_keeps_cards),
        cmocka_unit_test(service_keeps_sections),
        cmocka_unit_test(product_drops_reviews),
        cmocka_unit_test(product_items_make_collection),
        cmocka_unit_test(shop_keeps_marked_cards),
        cmocka_unit_test(product_falls_back_to_description),
        cmocka_unit_test(wordpress_cards_are_one_group),
        cmocka_unit_test(url_votes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
