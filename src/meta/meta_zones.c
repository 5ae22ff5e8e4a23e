/* meta_zones.c - parts of a page that never carry the article's own
 * metadata: navigation, footers, asides, forms, comment sections, and the
 * side lists of dated links ("Latest news", "Related") whose dates belong
 * to other articles.  The site's top bar (a <header> outside the article,
 * often showing today's date) is one of them. */
#include "meta_context.h"
#include "meta_zone.h"
#include "meta_byline.h"

#include "../core/ascii.h"


/* Class/id words of zones whose dates and names are never the article's.
 * Each must stand as a word: begin after a non-letter and end before one,
 * a plural "s" allowed, so "sidebar__item" and "related-posts" match
 * while "layoutTwoColumnsRightSidebar" does not ('=': core/word_match.h). */
static const char *const excluded_words[] = {
    "=comment", "=related", "=teaser", "=recommend", "=popular", "=latest", "=trending",
    "=most-read", "=mostread", "=newsletter", "=cookie", "=consent", "=advert", "=promo",
    "=more-stories", "=read-more", "=readmore", "=signup", "=subscribe", "=carousel", "=slider",
    "=reply", "=respond", "=disqus",
    NULL,
};
/* The same, but only outside the article: inside it a "sidebar" or
 * "menu" is the article's own box (date, author, sharing), and so is a
 * sidebar named after the post anywhere (article_sidebar). */
static const char *const outside_words[] = {
    "=sidebar", "=navbar", "=menu", "=breadcrumb", "=topbar", "=top-bar", "=ticker", "=recent",
    "=archive", "=calendar", "=weather",
    NULL,
};
/* A block of the article's tag links: "tags", "post-tags", "tag-list"
 * (not "tagline" or "vintage"). */
static const char *const tag_words[] = { "=tag", NULL };
/* Not zones: words that, anywhere in a class or id, mark the element
 * holding the page's date or the line around it ("post-date",
 * "entry-meta"; "dateline" and "timestamp" are found as "date" and
 * "time").  The date scan asks the same elements as the zone map, so the
 * one matcher answers both in one read of each value. */
static const char *const date_words[] = {
    "*date", "*time", "*publish", "*posted", "*datum", "*fecha", "*byline", "*meta", "*info", NULL,
};

bool meta_class_and_id(const dom_node *el, slice *cls, slice *id)
{
    *cls = *id = slice_make(NULL, 0);
    if (el->type != DOM_ELEMENT)
        return false;
    meta_node_attrs at;
    meta_node_attrs_read(el, &at);
    *cls = at.cls;
    *id = at.id;
    return cls->ptr || id->ptr;
}

/* The word `w` at v[i], ASCII case-insensitive. */
static bool word_at(slice v, size_t i, const char *w)
{
    size_t k = 0;
    while (w[k] && i + k < v.len &&
           ascii_lower((unsigned char)v.ptr[i + k]) == ascii_lower((unsigned char)w[k]))
        k++;
    return !w[k];
}

/* A word list's opening letter pairs, for substring search: a position
 * of the text is compared with the words only when its two bytes open
 * one of them. */
typedef struct pair_set {
    uint64_t bits[16]; /* 1024 buckets of (first, second) lowercased */
    bool single;       /* a one-byte word: every first byte must be tried */
} pair_set;

static unsigned pair_hash(unsigned a, unsigned b) { return (a * 31u + b) & 1023u; }

static void pair_set_init(pair_set *ps, const char *const *words)
{
    memset(ps, 0, sizeof *ps);
    for (size_t k = 0; words[k]; k++) {
        if (!words[k][0] || !words[k][1]) {
            ps->single = true;
            continue;
        }
        unsigned h = pair_hash(ascii_lower((unsigned char)words[k][0]), ascii_lower((unsigned char)words[k][1]));
        ps->bits[h >> 6] |= 1ull << (h & 63);
    }
}

/* True when `v` holds one of the words anywhere. */
static bool attr_has_any(slice v, const char *const *words, const pair_set *ps)
{
    for (size_t i = 0; v.ptr && i < v.len; i++) {
        unsigned c = ascii_lower((unsigned char)v.ptr[i]);
        if (!ps->single) {
            if (i + 1 >= v.len)
                break;
            unsigned h = pair_hash(c, ascii_lower((unsigned char)v.ptr[i + 1]));
            if (!(ps->bits[h >> 6] >> (h & 63) & 1))
                continue;
        }
        for (size_t k = 0; words[k]; k++)
            if (ascii_lower((unsigned char)words[k][0]) == c && word_at(v, i, words[k]))
                return true;
    }
    return false;
}

bool meta_class_has(const dom_node *el, const char *const *words)
{
    slice cls, id;
    if (!meta_class_and_id(el, &cls, &id))
        return false;
    pair_set ps;
    pair_set_init(&ps, words);
    return attr_has_any(cls, words, &ps) || attr_has_any(id, words, &ps);
}

word_matcher *meta_zone_words_new(void)
{
    static const word_list lists[] = {
        { excluded_words, ZONE_WORD_EXCLUDED },
        { outside_words, ZONE_WORD_OUTSIDE },
        { tag_words, ZONE_WORD_TAG },
        { date_words, ZONE_WORD_DATE },
        { meta_byline_marked_words, ZONE_WORD_BYLINE },
    };
    /* Words start at a letter after a non-letter; a listed word may span
     * a '-' of the value ("most-read"). */
    static const word_cut cut = { .chars = WORD_CHARS_ALPHA, .span = true, .plural = true };
    return word_matcher_new(&cut, lists, sizeof lists / sizeof *lists);
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

/* True when `li` is the only <li> of its list.  Its siblings are read a
 * few nodes each way (whitespace, a script): past that the list is
 * taken to have other items, so each <li> costs a bounded walk. */
static bool only_item(const dom_node *li)
{
    enum { MAX_STEPS = 16 };
    const dom_node *c = li->prev;
    for (int n = 0; c; c = c->prev)
        if (dom_is(c, TAG_LI) || ++n > MAX_STEPS)
            return false;
    c = li->next;
    for (int n = 0; c; c = c->next)
        if (dom_is(c, TAG_LI) || ++n > MAX_STEPS)
            return false;
    return true;
}

/* An <li> holding a headline-sized link: an item of a list of other
 * articles.  A list of one item lists no other articles: it is the
 * page's own story set as a list (link aggregators put the story they
 * show in an <ol> of one). */
static bool is_link_list_item(const dom_node *li)
{
    if (only_item(li))
        return false;
    for (const dom_node *c = li; c; c = dom_next(li, c)) {
        if (!dom_is(c, TAG_A))
            continue;
        /* A link around a <time> ("Yesterday at 4:25 AM") is a date. */
        size_t n = 0;
        for (const dom_node *t = c; t;) {
            if (dom_is(t, TAG_TIME)) {
                t = dom_next_skip(c, t);
                continue;
            }
            if (t->type == DOM_TEXT && (n += meta_trim_text(t->u.text).len) >= 20)
                return true;
            t = dom_next(c, t);
        }
    }
    return false;
}

/* Never exclude the container of the headline, or of an <h1> that
 * repeats the title (a page may show the headline twice). */
static bool holds_headline(const dom_node *el, const meta_evidence *ev)
{
    if (!ev)
        return false;
    if (ev->zone_map && el->index < ev->zone_map_len)
        return ev->zone_map[el->index] & ZONE_HOLDS_HEADLINE;
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
static bool beside_node(const dom_node *el, const dom_node *h)
{
    const dom_node *n = h->next;
    while (n && n->type != DOM_ELEMENT)
        n = n->next;
    if (n == el)
        return true;
    n = h->prev;
    while (n && n->type != DOM_ELEMENT)
        n = n->prev;
    return n == el;
}

/* True when `el` is the only element child of its parent (among a few
 * children: a page-controlled run of comments is no wrapper). */
static bool only_element(const dom_node *el)
{
    enum { MAX_CHILDREN = 16 };
    int n = 0;
    for (const dom_node *c = el->parent->first_child; c; c = c->next)
        if (++n > MAX_CHILDREN || (c != el && c->type == DOM_ELEMENT))
            return false;
    return true;
}

/* The headline's neighbour counts also when the headline sits alone in a
 * wrapper (<div><h1>..</h1></div><div class="newsletter-details">date</div>):
 * the wrapper's neighbour is the headline's. */
static bool beside_headline(const dom_node *el, const meta_evidence *ev)
{
    if (!ev || !ev->headline)
        return false;
    enum { MAX_WRAPPERS = 3 };
    const dom_node *h = ev->headline;
    for (int up = 0; h && h->parent; up++) {
        if (el->parent == h->parent)
            return beside_node(el, h);
        if (up == MAX_WRAPPERS || !only_element(h))
            return false;
        h = h->parent;
    }
    return false;
}

/* True when `el` is a side column named after the article ("post-sidebar",
 * "single-post-sidebar", "article-sidebar", "entry-sidebar"): the post's
 * own column of date, categories and sharing beside its text, where a
 * plain "sidebar" is the site's. */
static bool article_sidebar(const dom_node *el)
{
    static const char *const words[] = { "post-sidebar", "article-sidebar", "entry-sidebar", NULL };
    return meta_class_has(el, words);
}

unsigned meta_zone_class_words(const dom_node *el, const word_matcher *zw)
{
    slice cls, id;
    if (!meta_class_and_id(el, &cls, &id))
        return 0;
    return word_matcher_find(zw, cls) | word_matcher_find(zw, id);
}

/* `flags`: the element's class/id words (meta_zone_class_words). */
static bool zone_excluded(const dom_node *el, const meta_evidence *ev, unsigned flags)
{
    if (el->type != DOM_ELEMENT)
        return false;
    bool excluded = false;
    switch (meta_zone_tag_rule(el)) {
    case ZONE_RULE_FOREIGN:
    case ZONE_RULE_EXCLUDED:
        excluded = true;
        break;
    case ZONE_RULE_OUTSIDE:
        /* An article's own <header>, <footer> or <aside> holds its byline
         * and date; the site's do not. */
        excluded = !inside_article(el);
        break;
    case ZONE_RULE_LINK_LIST:
        excluded = is_link_list_item(el);
        break;
    case ZONE_RULE_KEPT:
        return false;
    case ZONE_RULE_WORDS:
        excluded = ((flags & ZONE_WORD_EXCLUDED) ||
                    ((flags & ZONE_WORD_OUTSIDE) && !inside_article(el) && !article_sidebar(el))) &&
                   !beside_headline(el, ev);
        break;
    }
    return excluded && !holds_headline(el, ev);
}

bool meta_zone_excluded_by(const dom_node *el, const meta_evidence *ev, unsigned class_words)
{
    return zone_excluded(el, ev, class_words);
}

bool meta_zone_excluded(const dom_node *el, const meta_evidence *ev)
{
    if (el->type != DOM_ELEMENT)
        return false;
    word_matcher *own = NULL;
    const word_matcher *zw = meta_zone_words_of(ev, &own);
    /* Without words (out of memory) the element's tag alone decides. */
    bool ex = zone_excluded(el, ev, zw ? meta_zone_class_words(el, zw) : 0);
    word_matcher_free(own);
    return ex;
}

const word_matcher *meta_zone_words_of(const meta_evidence *ev, word_matcher **own)
{
    *own = NULL;
    if (ev && ev->zone_words)
        return ev->zone_words;
    return *own = meta_zone_words_new();
}
