/* meta_zones.c - parts of a page that never carry the article's own
 * metadata: navigation, footers, asides, forms, comment sections, and the
 * side lists of dated links ("Latest news", "Related") whose dates belong
 * to other articles.  The site's top bar (a <header> outside the article,
 * often showing today's date) is one of them. */
#include "meta_internal.h"

#include "../core/ascii.h"

static const char *const excluded_words[] = {
    "comment", "related", "sidebar", "navbar", "menu", "breadcrumb",
    "teaser", "recommend", "popular", "latest", "trending", "most-read", "mostread",
    "newsletter", "cookie", "consent", "advert", "promo", "topbar", "top-bar", "ticker",
    "more-stories", "read-more", "readmore", "signup", "subscribe", "carousel", "slider",
    "reply", "respond", "disqus", "recent", "archive", "calendar", "weather",
    NULL,
};

/* Whole-word-ish match: `w` inside a class/id token. */
static bool attr_has(slice v, const char *w)
{
    return v.ptr && slice_find_nocase(v, w) >= 0;
}

bool meta_class_has(const dom_node *el, const char *const *words)
{
    slice cls = dom_attr_value(el, "class"), id = dom_attr_value(el, "id");
    if (!cls.ptr && !id.ptr)
        return false;
    for (size_t k = 0; words[k]; k++)
        if (attr_has(cls, words[k]) || attr_has(id, words[k]))
            return true;
    return false;
}

static bool is_ancestor(const dom_node *a, const dom_node *n)
{
    for (; n; n = n->parent)
        if (n == a)
            return true;
    return false;
}

static bool inside_article(const dom_node *el)
{
    for (const dom_node *p = el->parent; p; p = p->parent)
        if (dom_is(p, TAG_ARTICLE) || dom_is(p, TAG_MAIN))
            return true;
    return false;
}

/* An <li> holding a headline-sized link: an item of a list of other
 * articles. */
static bool is_link_list_item(const dom_node *li)
{
    for (const dom_node *c = li; c; c = dom_next(li, c)) {
        if (!dom_is(c, TAG_A))
            continue;
        size_t n = 0;
        for (const dom_node *t = c; t; t = dom_next(c, t))
            if (t->type == DOM_TEXT)
                n += slice_trim(t->u.text).len;
        if (n >= 20)
            return true;
    }
    return false;
}

bool meta_zone_excluded(const dom_node *el, const dom_node *headline)
{
    if (el->type != DOM_ELEMENT)
        return false;
    if (headline && is_ancestor(el, headline))
        return false; /* never exclude the headline's own container */
    if (el->ns != NS_HTML)
        return true;
    switch (el->tag) {
    case TAG_NAV:
    case TAG_FORM:
    case TAG_SCRIPT:
    case TAG_STYLE:
    case TAG_TEMPLATE:
    case TAG_NOSCRIPT:
    case TAG_SELECT:
    case TAG_IFRAME:
        return true;
    case TAG_HEADER:
    case TAG_FOOTER:
    case TAG_ASIDE:
        /* An article's own <header>, <footer> or <aside> holds its byline
         * and date; the site's do not. */
        return !inside_article(el);
    case TAG_LI:
        return is_link_list_item(el);
    default:
        break;
    }
    if (el->tag == TAG_BODY || el->tag == TAG_HTML || el->tag == TAG_MAIN || el->tag == TAG_ARTICLE)
        return false;
    return meta_class_has(el, excluded_words);
}
