/* meta_zones.c - parts of a page that never carry the article's own
 * metadata: navigation, footers, asides, forms, comment sections, and the
 * side lists of dated links ("Latest news", "Related") whose dates belong
 * to other articles.  The site's top bar (a <header> outside the article,
 * often showing today's date) is one of them. */
#include "meta_internal.h"

#include "../core/ascii.h"

/* Class/id words of zones whose dates and names are never the article's. */
static const char *const excluded_words[] = {
    "comment", "related", "teaser", "recommend", "popular", "latest", "trending",
    "most-read", "mostread", "newsletter", "cookie", "consent", "advert", "promo",
    "more-stories", "read-more", "readmore", "signup", "subscribe", "carousel", "slider",
    "reply", "respond", "disqus",
    NULL,
};
/* The same, but only outside the article: inside it a "sidebar" or
 * "menu" is the article's own box (date, author, sharing). */
static const char *const outside_words[] = {
    "sidebar", "navbar", "menu", "breadcrumb", "topbar", "top-bar", "ticker", "recent",
    "archive", "calendar", "weather",
    NULL,
};

/* `w` as a word of a class or id: not preceded or followed by a letter
 * (a plural "s" allowed), so "sidebar__item" and "related-posts" match
 * while "layoutTwoColumnsRightSidebar" does not.  Runs for every element
 * against every listed word, so it visits only the positions where a word
 * may start (after a non-letter) and compares there, without strlen. */
static bool word_at(slice v, size_t i, const char *w)
{
    size_t k = 0;
    while (w[k] && i + k < v.len && ascii_lower((unsigned char)v.ptr[i + k]) == (unsigned char)w[k])
        k++;
    if (w[k])
        return false;
    size_t e = i + k;
    if (e < v.len && (v.ptr[e] == 's' || v.ptr[e] == 'S'))
        e++;
    return e == v.len || !ascii_is_alpha((unsigned char)v.ptr[e]);
}

static bool attr_has_any_word(slice v, const char *const *words)
{
    for (size_t i = 0; v.ptr && i < v.len; i++) {
        if (i && ascii_is_alpha((unsigned char)v.ptr[i - 1]))
            continue;
        unsigned c = ascii_lower((unsigned char)v.ptr[i]);
        for (size_t k = 0; words[k]; k++)
            if ((unsigned char)words[k][0] == c && word_at(v, i, words[k]))
                return true;
    }
    return false;
}

static bool class_matches(const dom_node *el, const char *const *words, bool whole_word)
{
    slice cls = dom_attr_value(el, "class"), id = dom_attr_value(el, "id");
    if (!cls.ptr && !id.ptr)
        return false;
    if (whole_word)
        return attr_has_any_word(cls, words) || attr_has_any_word(id, words);
    for (size_t k = 0; words[k]; k++)
        if ((cls.ptr && slice_find_nocase(cls, words[k]) >= 0) ||
            (id.ptr && slice_find_nocase(id, words[k]) >= 0))
            return true;
    return false;
}

bool meta_class_has(const dom_node *el, const char *const *words)
{
    return class_matches(el, words, false);
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

/* Never exclude the container of the headline, or of an <h1> that
 * repeats the title (a page may show the headline twice). */
static bool holds_headline(const dom_node *el, const meta_evidence *ev)
{
    if (!ev)
        return false;
    if (ev->headline && is_ancestor(el, ev->headline))
        return true;
    for (size_t i = 0; i < ev->h1_count; i++)
        if (ev->h1_agrees[i] && is_ancestor(el, ev->h1[i]))
            return true;
    return false;
}

/* The element right before or after the headline (its neighbour among
 * the element siblings) is the article's own kicker, date or byline,
 * whatever its class says ("teaser-small__metadata"). */
static bool beside_headline(const dom_node *el, const meta_evidence *ev)
{
    if (!ev || !ev->headline || el->parent != ev->headline->parent)
        return false;
    const dom_node *n = ev->headline->next;
    while (n && n->type != DOM_ELEMENT)
        n = n->next;
    if (n == el)
        return true;
    n = ev->headline->prev;
    while (n && n->type != DOM_ELEMENT)
        n = n->prev;
    return n == el;
}

bool meta_zone_excluded(const dom_node *el, const meta_evidence *ev)
{
    if (el->type != DOM_ELEMENT)
        return false;
    if (el->ns != NS_HTML)
        return !holds_headline(el, ev);
    bool excluded = false;
    switch (el->tag) {
    case TAG_NAV:
    case TAG_FORM:
    case TAG_SCRIPT:
    case TAG_STYLE:
    case TAG_TEMPLATE:
    case TAG_NOSCRIPT:
    case TAG_SELECT:
    case TAG_IFRAME:
        excluded = true;
        break;
    case TAG_HEADER:
    case TAG_FOOTER:
    case TAG_ASIDE:
        /* An article's own <header>, <footer> or <aside> holds its byline
         * and date; the site's do not. */
        excluded = !inside_article(el);
        break;
    case TAG_LI:
        excluded = is_link_list_item(el);
        break;
    case TAG_BODY:
    case TAG_HTML:
    case TAG_MAIN:
    case TAG_ARTICLE:
        return false;
    default:
        excluded = (class_matches(el, excluded_words, true) ||
                    (class_matches(el, outside_words, true) && !inside_article(el))) &&
                   !beside_headline(el, ev);
        break;
    }
    return excluded && !holds_headline(el, ev);
}
