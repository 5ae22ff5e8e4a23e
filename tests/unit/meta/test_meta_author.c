/* test_meta_author.c - authors of small pages: byline labels and what
 * follows them, names that are no names (days, addresses, handles,
 * agencies), Chinese credit lines, JSON-LD "@id" references, and the
 * choice between structured fields and the byline shown on the page. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "meta/meta.h"
#include "mini_tree.h"

typedef struct page {
    arena *a;
    meta_context *ctx;
    meta_info m;
} page;

static void extract(page *p, const char *html)
{
    p->a = arena_new(0);
    p->ctx = meta_context_new();
    dom_document doc;
    assert_int_equal(mini_tree_parse(p->a, html, strlen(html), &doc), 0);
    assert_int_equal(meta_extract(p->ctx, &doc, slice_make("", 0), p->a, &p->m), 0);
}

static void done(page *p)
{
    meta_context_free(p->ctx);
    arena_free(p->a);
}

/* The page's authors are exactly `want` (NULL-terminated). */
static void authors_are(const char *html, const char *const *want)
{
    page p;
    extract(&p, html);
    size_t n = 0;
    while (want[n])
        n++;
    if (p.m.authors.count != n)
        fail_msg("%zu authors, expected %zu (first: '%.*s')", p.m.authors.count, n,
                 p.m.authors.count ? (int)p.m.authors.items[0].len : 0,
                 p.m.authors.count ? p.m.authors.items[0].ptr : "");
    for (size_t i = 0; i < n; i++) {
        slice s = p.m.authors.items[i];
        if (s.len != strlen(want[i]) || memcmp(s.ptr, want[i], s.len) != 0)
            fail_msg("author %zu is '%.*s', expected '%s'", i, (int)s.len, s.ptr, want[i]);
    }
    done(&p);
}

#define AUTHORS(html, ...) authors_are(html, (const char *const[]){ __VA_ARGS__, NULL })
#define NO_AUTHOR(html) authors_are(html, (const char *const[]){ NULL })

static void name_after_a_wrapped_label(void **state)
{
    (void)state;
    /* The label is wrapped alone in elements; the name follows them. */
    AUTHORS("<html><body><article><h1>Robots learn to walk</h1>"
            "<div><p><strong>By</strong></p></div><div><p>Todd Bates</p></div>"
            "<p>Body text.</p></article></body></html>",
            "Todd Bates");
    /* A separator opens the label's line after other inline text. */
    AUTHORS("<html><body><article><h1>A car stops for a stranger</h1>"
            "<div><span>yas!</span> <span>| By </span> <span>Cara Stiles</span></div>"
            "</article></body></html>",
            "Cara Stiles");
    /* Inside code, "BY" is no label. */
    NO_AUTHOR("<html><body><article><h1>Sorting server logs</h1><pre>"
              "<span>SELECT</span> <span>*</span> <span>ORDER</span> <span>BY</span> "
              "<span>period</span></pre></article></body></html>");
}

static void name_on_the_rest_of_the_label_line(void **state)
{
    (void)state;
    AUTHORS("<html><body><article><h1>Skoda Enyaq im Test</h1><div>"
            "<h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Peter Maahn</div>"
            "</article></body></html>",
            "Peter Maahn");
    AUTHORS("<html><body><article><h1>Kleine Windräder</h1><p>Text.</p>"
            "<a href=\"#\"><b>Von:</b> <br> <br> Götz Warnke</a></article></body></html>",
            "Götz Warnke");
    /* Names joined to the first after the label. */
    AUTHORS("<html><body><article><h1>Streit ums Feuerholz</h1><p>Von <strong><a href=\"/rb\">"
            "Roland Brockmann</a></strong> und <strong><a href=\"/sd\">Sebastian Drescher</a></strong>"
            "<br>Kakuma.</p></article></body></html>",
            "Roland Brockmann", "Sebastian Drescher");
    /* An interview names both. */
    AUTHORS("<html><body><article><h1>Liegest\xC3\xBC" "hle auf der Titanic</h1><p class=\"author\">"
            "Richard David Precht im Gespr\xC3\xA4" "ch mit Karin Fischer</p></article></body></html>",
            "Richard David Precht", "Karin Fischer");
    /* A German label of several words. */
    AUTHORS("<html><body><article><h1>Eintracht stellt Weichen</h1>"
            "<span>Geschrieben von <a href=\"/u?id=6\">Cooper</a></span> <span>am 25.08.2015</span>"
            "</article></body></html>",
            "Cooper");
}

static void empty_and_tag_links_are_passed_over(void **state)
{
    (void)state;
    /* Nested links leave an empty first one. */
    AUTHORS("<html><body><article><h1>Libre cours</h1><span>Par&nbsp;<a href=\"/n/1\"></a>"
            "<a href=\"/n/mh\">Matthieu Hy</a></span></article></body></html>",
            "Matthieu Hy");
    /* "By" above the category links names the author in the next block. */
    AUTHORS("<html><body><article><h1>Wedding checklist</h1><h3>By</h3>"
            "<div><a rel=\"tag\" href=\"/c/plan\">Wedding Planning</a></div>"
            "<div><a rel=\"author\" href=\"/a/n\">Naoise McNally</a></div></article></body></html>",
            "Naoise McNally");
}

static void names_that_are_no_names(void **state)
{
    (void)state;
    /* A weekday left over by the date. */
    NO_AUTHOR("<html><body><article><h1>Hyundai im Test</h1>"
              "<div class=\"author\">Donnerstag, 4. November 2021</div></article></body></html>");
    /* An address without its scheme. */
    NO_AUTHOR("<html><head><meta property=\"article:author\" content=\"facebook.com/jane.doe\">"
              "</head><body><h1>Wellness im Winter</h1></body></html>");
    /* A handle after the name, a news agency after the reporter. */
    AUTHORS("<html><body><article><h1>Carta abierta</h1><div class=\"post-author-name\">"
            "<div>Por</div> <a href=\"/author/wp/\">Williams Perdomo @wperdomod</a></div>"
            "</article></body></html>",
            "Williams Perdomo");
    AUTHORS("<html><body><article><h1>Influencer</h1><div class=\"byline\">David Hutzler, dpa</div>"
            "</article></body></html>",
            "David Hutzler");
    /* A domain is the site, an organisation with its address nobody. */
    NO_AUTHOR("<html><body><article><h1>Friseurbesuch</h1><div class=\"author\">handwerksblatt.de</div>"
              "</article></body></html>");
    NO_AUTHOR("<html><head><meta name=\"author\" content=\"Example.de GmbH, Munich, Germany\"></head>"
              "<body><h1>Flixtrain</h1></body></html>");
    /* One word after a full name on the page is a place or a job. */
    AUTHORS("<html><body><article><h1>Flixtrain</h1><div class=\"byline\">Von Markus Balser, Berlin</div>"
            "</article></body></html>",
            "Markus Balser");
    /* The headline is no byline, the label of a date no name. */
    AUTHORS("<html><body><article><h1>Von Sprachregeln, Gender-Politik und Deutsch</h1><p>Text.</p>"
            "<div class=\"articleAuthorDateBlock\"><span>Datum:</span> 19.11.2021 <br>"
            "<span>Autor:</span> Fritz Imhof<br><span>Quelle:</span> Livenet<br></div>"
            "</article></body></html>",
            "Fritz Imhof");
    /* A lower-case word outside ASCII makes a phrase. */
    NO_AUTHOR("<html><body><article><h1>Glossar</h1><div class=\"author\">"
              "Atemschutzmaske \xC3\xBC" "ber Exit-Strategie</div></article></body></html>");
    /* Interface and shop words, a menu link, a company and its address. */
    NO_AUTHOR("<html><body><article><h1>AirPods Pro</h1><p id=\"byline\">From Apple</p>"
              "<div class=\"author\">undefined</div></article></body></html>");
    NO_AUTHOR("<html><body><ul><li><a href=\"/m/\">By Manufacturer</a></li></ul>"
              "<article><h1>Projector reviews</h1></article></body></html>");
    NO_AUTHOR("<html><head><meta name=\"author\" content=\"Olympia-Verlag GmbH, N\xC3\xBCrnberg, Germany\">"
              "</head><body><h1>Freeride</h1></body></html>");
    /* The name before a job title; the title's description after it. */
    AUTHORS("<html><body><article><h1>Best laptops</h1><div class=\"authors-name\">"
            "<span>&nbsp;&amp;</span> <a href=\"/u/zc\">Zackery Cuevas</a> <span>Writer, Hardware</span>"
            "</div></article></body></html>",
            "Zackery Cuevas");
    NO_AUTHOR("<html><body><article><h1>Letters</h1><div class=\"byline\">Letters To The Editor</div>"
              "</article></body></html>");
    /* A symbol is no name. */
    NO_AUTHOR("<html><body><article><h1>Findings</h1><div class=\"author\">&#9993;</div>"
              "</article></body></html>");
}

static void dated_byline_near_the_headline(void **state)
{
    (void)state;
    AUTHORS("<html><body><article><h1>Variablen und ihr Zuhause</h1>"
            "<p>11.12.2019 - Amelie Loevenich</p><p>Body text.</p></article></body></html>",
            "Amelie Loevenich");
    AUTHORS("<html><body><article><h1>Ehezoff eskaliert</h1><h2>Stars <span>06.11.2023 13:30 von Olga</span>"
            "</h2></article></body></html>",
            "Olga");
    /* A section or a place after the date is no name. */
    NO_AUTHOR("<html><body><article><h1>Unser Tipp im November</h1>"
              "<p>01. November 2021 | Naturschutz, BUND</p></article></body></html>");
    NO_AUTHOR("<html><body><article><h1>Wohngeld erh\xC3\xB6ht</h1>"
              "<p>18.02.2022, 10:27 | Recht &amp; Gesetz</p></article></body></html>");
}

static void signature_ending_the_text(void **state)
{
    (void)state;
    static const char *const body =
        "<p>Tappara Tampere gastiert nun am 1. M\xC3\xA4rz im schwedischen \xC3\x84ngelholm, um den "
        "Sieger der Saison und damit den Nachfolger von Rekordchampion Fr\xC3\xB6lunda zu ermitteln.</p>";
    char html[1024];
    snprintf(html, sizeof html, "<html><body><article><h1>Halbfinale</h1>%s"
             "<p><b><i>Stefan Wasmer</i></b></p></article></body></html>", body);
    AUTHORS(html, "Stefan Wasmer");
    /* A bold line followed by more text is a heading of the text. */
    snprintf(html, sizeof html, "<html><body><article><h1>Halbfinale</h1>%s"
             "<p><b>Stefan Wasmer</b></p><p>Mehr Text.</p></article></body></html>", body);
    NO_AUTHOR(html);
}

static void chinese_credit_line(void **state)
{
    (void)state;
    AUTHORS("<html><body><article><h1>新闻标题</h1><p>正文。</p>"
            "<span><a href=\"#\">【纠错】</a> 责任编辑： 焦鹏 </span></article></body></html>",
            "焦鹏");
}

static void json_ld_author_reference(void **state)
{
    (void)state;
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
            "\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Lost\",\"author\":{\"@id\":\"https://x.example/#p1\"}},"
            "{\"@type\":\"WebSite\",\"@id\":\"https://x.example/#w\",\"name\":\"Frollein\"},"
            "{\"@type\":\"Person\",\"@id\":\"https://x.example/#p1\",\"name\":\"Karoline Herr\"}]}"
            "</script></head><body><h1>Lost</h1></body></html>",
            "Karoline Herr");
    /* A reference to an organisation names no author. */
    NO_AUTHOR("<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\","
              "\"headline\":\"H\",\"author\":{\"@id\":\"#o\"}},{\"@type\":\"Organization\",\"@id\":\"#o\","
              "\"name\":\"Acme\"}]}</script></head><body><h1>H</h1></body></html>");
}

static void structured_names_giving_way(void **state)
{
    (void)state;
    /* A first name in the fields, the full name on the page. */
    AUTHORS("<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"H\","
            "\"author\":{\"@type\":\"Person\",\"name\":\"Todd\"}}</script></head><body><article><h1>H</h1>"
            "<div class=\"byline\">By Todd Bates</div></article></body></html>",
            "Todd Bates");
    /* A phrase, and an organisation by its legal form. */
    AUTHORS("<html><head><meta name=\"author\" content=\"deinen Hochzeitsbloggern\"></head><body><article>"
            "<h1>Hochzeitslokation finden</h1><div class=\"byline\">Von Samuel Diekmann</div>"
            "</article></body></html>",
            "Samuel Diekmann");
    AUTHORS("<html><head><meta name=\"author\" content=\"Beispielverein e.V.\"></head><body><article>"
            "<h1>Regierung gebildet</h1><div class=\"byline\">Von Uta Staschewski</div>"
            "</article></body></html>",
            "Uta Staschewski");
    /* Microdata keeps its rank when the label before it names the same person. */
    AUTHORS("<html><head><meta name=\"author\" content=\"Landesanstalt Forst\"></head><body><article>"
            "<h1>Der Holzhandel</h1><p><strong>Autoren</strong><br><span itemprop=\"author\">"
            "Joachim Hamberger</span></p></article></body></html>",
            "Joachim Hamberger");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(name_after_a_wrapped_label),
        cmocka_unit_test(name_on_the_rest_of_the_label_line),
        cmocka_unit_test(empty_and_tag_links_are_passed_over),
        cmocka_unit_test(names_that_are_no_names),
        cmocka_unit_test(dated_byline_near_the_headline),
        cmocka_unit_test(signature_ending_the_text),
        cmocka_unit_test(chinese_credit_line),
        cmocka_unit_test(json_ld_author_reference),
        cmocka_unit_test(structured_names_giving_way),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
