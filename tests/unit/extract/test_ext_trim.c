/* test_ext_trim.c - furniture inside the article container (ext_trim.c):
 * image captions and credits, copyright lines, ad labels, reading-time
 * and date lines, calls to subscribe are dropped; the paragraphs around
 * them, a gallery's captions, a "caption" type style without an image and
 * an article about newsletters are kept.  Also the weak tail markers of
 * ext_prune.c ("Zum Weiterlesen") and the lead outside the body
 * (ext_lead.c). */
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
    ext_page_run_at(p, html, "https://news.example/a/1");
}



#define PARA(s) "<p>" s " The council met again on Tuesday evening, and the debate went on for several hours without a vote.</p>"
#define HEAD "<!doctype html><html lang=en><head><title>Bridge vote delayed</title></head><body><main><article><h1>Bridge vote delayed</h1>"
#define TAIL "</article></main><footer><a href=/imprint>Imprint</a></footer></body></html>"

static void test_furniture_dropped(void **state)
{
    (void)state;
    static const char html[] =
        HEAD "<p>5 min read</p>"
        "<div class=meta>Published: 03.04.2020, 12:35</div>"
        PARA("The new bridge will cost more than planned, engineers said.")
        "<figure><img src=/b.jpg><figcaption>The old bridge at dusk, seen from the river bank.</figcaption></figure>"
        PARA("Residents asked for a second public hearing before the vote.")
        "<div class=photo><img src=/c.jpg><p class=wp-caption-text>Workers inspect the pillars in March.</p></div>"
        "<p>Foto: Max Muster / Agentur</p>"
        "<div class=ad-label>- Anzeige -</div>"
        PARA("The mayor said the project would go ahead in any case.")
        "<p>Subscribe to our newsletter and never miss a council story.</p>"
        "<p>\xc2\xa9 2024 Example Daily News Group</p>"
        "<p><small>The riverside path will close in May. (Foto: Lena Berg)</small></p>"
        "<p>Jane Roe/Getty Images</p>"
        "<p>This text is licensed under Creative Commons BY-SA 4.0.</p>"
        PARA("A decision is now expected in the spring.")
        TAIL;
    ext_page p;
    run(&p, html);
    static const char *const kept[] = { "cost more than planned", "second public hearing",
                                        "go ahead in any case", "expected in the spring" };
    static const char *const gone[] = { "min read", "Published", "old bridge at dusk",
                                        "inspect the pillars", "Max Muster", "Anzeige",
                                        "Subscribe", "2024 Example", "riverside path",
                                        "Jane Roe", "Creative Commons" };
    ext_page_expect(&p, kept, 4, gone, 11);
    ext_page_done(&p);
}

static void test_gallery_keeps_captions(void **state)
{
    (void)state;
    buf html = BUF_INIT;
    buf_puts(&html, HEAD "<p>Our favourite costumes this year, in pictures.</p>");
    for (int i = 0; i < 6; i++)
        buf_printf(&html, "<figure><img src=/g%d.jpg><figcaption>Costume %d: a bowler hat, false lashes "
                          "and an all-white outfit make the look, and it takes ten minutes.</figcaption></figure>",
                   i, i);
    buf_puts(&html, TAIL);
    buf_putc(&html, '\0');
    ext_page p;
    run(&p, html.data);
    static const char *const kept[] = { "Costume 0: a bowler hat", "Costume 5: a bowler hat" };
    ext_page_expect(&p, kept, 2, NULL, 0);
    ext_page_done(&p);
    buf_dispose(&html);
}

static void test_caption_style_without_image(void **state)
{
    (void)state;
    static const char html[] =
        HEAD PARA("The study looked at three bridges across the region.")
        "<div class=card><p class=caption-s>Anna Berg (City University), Tom Lee (Port Authority)</p></div>"
        PARA("All three needed repairs within the next five years.")
        TAIL;
    ext_page p;
    run(&p, html);
    static const char *const kept[] = { "Anna Berg (City University)", "next five years" };
    ext_page_expect(&p, kept, 2, NULL, 0);
    ext_page_done(&p);
}

static void test_topic_keeps_calls(void **state)
{
    (void)state;
    static const char html[] =
        HEAD "<p>Newsletters are booming: more readers than ever subscribe to paid newsletters, "
        "and writers say a loyal list of subscribers is now worth more than a large audience on "
        "social media, which changes how they plan and price their work.</p>"
        PARA("Platforms take a share of every subscription they sell.")
        "<p>Subscribe to our newsletter, one writer tells her readers each week.</p>"
        PARA("Others rely on donations and sponsorships instead.")
        TAIL;
    ext_page p;
    run(&p, html);
    static const char *const kept[] = { "Subscribe to our newsletter, one writer", "Newsletters are booming" };
    ext_page_expect(&p, kept, 2, NULL, 0);
    ext_page_done(&p);
}

/* "Zum Weiterlesen" ends the article when nearly all the prose came
 * before it; "Weitere Schritte" heading a real last section stays. */
static void test_weak_terminators(void **state)
{
    (void)state;
    static const char tail_html[] =
        HEAD PARA("The new bridge will cost more than planned, engineers said.")
        PARA("Residents asked for a second public hearing before the vote.")
        PARA("The mayor said the project would go ahead in any case.")
        PARA("A decision is now expected in the spring, officials said.")
        "<p><strong>Zum Weiterlesen:</strong></p>"
        "<p>Ferry prices rise again this summer</p>"
        "<p>Harbour festival moves to June</p>"
        TAIL;
    ext_page p;
    run(&p, tail_html);
    static const char *const kept[] = { "expected in the spring" };
    static const char *const gone[] = { "Zum Weiterlesen", "Ferry prices", "Harbour festival" };
    ext_page_expect(&p, kept, 1, gone, 3);
    ext_page_done(&p);

    static const char section_html[] =
        HEAD PARA("The new bridge will cost more than planned, engineers said.")
        PARA("Residents asked for a second public hearing before the vote.")
        "<h2>Weitere Schritte</h2>"
        PARA("The planning office will publish the revised costs next month.")
        PARA("After that, the council has six weeks to decide on the contract.")
        TAIL;
    run(&p, section_html);
    static const char *const kept2[] = { "Weitere Schritte", "revised costs", "six weeks" };
    ext_page_expect(&p, kept2, 3, NULL, 0);
    ext_page_done(&p);
}

/* The lead (standfirst) in the <header> beside the headline, outside the
 * body container, opens the text; the byline and a repeated title there
 * do not. */
static void test_lead_outside_body(void **state)
{
    (void)state;
    static const char html[] =
        "<!doctype html><html lang=en><head><title>Bridge vote delayed - Daily</title></head><body>"
        "<nav><a href=/>Home</a> <a href=/w>World</a></nav>"
        "<article><header><h1>Bridge vote delayed</h1>"
        "<p class=kicker>Bridge vote delayed</p>"
        "<p class=standfirst>The council put off its decision on the new bridge after residents "
        "demanded a second hearing.</p>"
        "<p class=byline>By Ann Smith</p></header>"
        "<div class=body>"
        PARA("The new bridge will cost more than planned, engineers said.")
        PARA("Residents asked for a second public hearing before the vote.")
        PARA("The mayor said the project would go ahead in any case.")
        "</div></article><footer><a href=/imprint>Imprint</a></footer></body></html>";
    ext_page p;
    run(&p, html);
    static const char *const kept[] = { "The council put off its decision", "cost more than planned" };
    static const char *const gone[] = { "Ann Smith", "Imprint" };
    ext_page_expect(&p, kept, 2, gone, 2);
    /* The lead comes first, and the title is not repeated. */
    assert_true(strstr(p.text.data, "The council put off") < strstr(p.text.data, "cost more than"));
    assert_null(strstr(p.text.data, "Bridge vote delayed"));
    ext_page_done(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_furniture_dropped),
        cmocka_unit_test(test_gallery_keeps_captions),
        cmocka_unit_test(test_caption_style_without_image),
        cmocka_unit_test(test_topic_keeps_calls),
        cmocka_unit_test(test_weak_terminators),
        cmocka_unit_test(test_lead_outside_body),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
