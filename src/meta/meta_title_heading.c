/* meta_title_heading.c - the text of an <h1> as a headline: without the
 * kicker line set above it, screen-reader text and permalink marks; none
 * for the site's logo. */
#include "meta_title.h"

#include "../core/buf.h"

/* True when `href` points at a site's front page ("/", "./",
 * "https://example.com/"). */
static bool is_home_link(slice href)
{
    href = slice_trim(href);
    /* Past "scheme://host" or "//host" to the path. */
    long auth = slice_find_nocase(href, "//");
    size_t i = 0;
    if (auth >= 0 && (auth == 0 || href.ptr[auth - 1] == ':')) {
        i = (size_t)auth + 2;
        while (i < href.len && href.ptr[i] != '/')
            i++;
        if (i == href.len)
            return true;
    }
    slice path = slice_make(href.ptr + i, href.len - i);
    return slice_eq_cstr(path, "/") || slice_eq_cstr(path, "./") || slice_eq_nocase(path, "/index.html");
}

/* An <h1> whose link leads to the front page is the site's logo. */
static bool is_logo(const dom_node *h1)
{
    for (const dom_node *n = h1->first_child ? h1 : NULL; n; n = dom_next(h1, n))
        if (dom_is(n, TAG_A) && is_home_link(dom_attr_value(n, "href")))
            return true;
    return false;
}

/* Lines set above or beside the headline inside the <h1> ("Corona:
 * <span class=kicker>"), and text only screen readers get. */
static const char *const kicker_words[] = {
    "kicker", "dachzeile", "roofline", "overline", "topline", "eyebrow", "supertitle",
    "spitzmarke", "subheadline", "visually-hidden", "visuallyhidden", "element-invisible", "sr-only",
    "screen-reader", NULL,
};

/* A forum's thread prefix ("<span class="label label--blue">News</span>
 * Thread title"): the class word alone, as "label" is common inside
 * other class names. */
static bool is_prefix_tag(const dom_node *el)
{
    slice c = dom_attr_value(el, "class");
    size_t i = 0;
    while (i < c.len) {
        while (i < c.len && c.ptr[i] == ' ')
            i++;
        size_t j = i;
        while (j < c.len && c.ptr[j] != ' ')
            j++;
        slice word = slice_make(c.ptr + i, j - i);
        if (slice_eq_nocase(word, "label") || slice_eq_nocase(word, "prefix"))
            return true;
        i = j;
    }
    return false;
}

static bool is_kicker(const dom_node *el)
{
    return meta_class_has(el, kicker_words) || is_prefix_tag(el);
}

/* The <h1>'s text without kicker lines; the whole text when that would
 * leave nothing. */
static slice heading_text(arena *a, const dom_node *h1)
{
    bool kicker = false;
    for (const dom_node *n = h1->first_child; n && !kicker; n = dom_next(h1, n))
        kicker = n->type == DOM_ELEMENT && is_kicker(n);
    if (!kicker)
        return meta_node_text(a, h1, 2000);
    buf b = BUF_INIT;
    for (const dom_node *n = h1->first_child; n && b.len < 2000;) {
        if (n->type == DOM_ELEMENT && (is_kicker(n) || dom_is(n, TAG_SCRIPT) ||
                                       dom_is(n, TAG_STYLE))) {
            n = dom_next_skip(h1, n);
            continue;
        }
        if (n->type == DOM_TEXT)
            buf_append_slice(&b, n->u.text);
        else if (n->type == DOM_ELEMENT)
            buf_putc(&b, ' ');
        n = dom_next(h1, n);
    }
    slice out = b.failed ? slice_make(NULL, 0) : meta_clean_text(a, slice_make(b.data ? b.data : "", b.len));
    buf_dispose(&b);
    /* The punctuation that joined the kicker goes with it ("Kicker: "). */
    while (out.len && (out.ptr[0] == ':' || out.ptr[0] == '|' || out.ptr[0] == '-' || out.ptr[0] == ' '))
        out.ptr++, out.len--;
    return out.len ? out : meta_node_text(a, h1, 2000);
}

slice meta_title_heading_text(arena *a, const dom_node *h1)
{
    if (is_logo(h1))
        return slice_make(NULL, 0);
    return meta_title_clean_heading(heading_text(a, h1));
}
