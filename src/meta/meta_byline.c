/* meta_byline.c - visible bylines and tag links in the page's main area:
 * itemprop="author" microdata, rel="author" links, elements classed
 * "author"/"byline", and the article's tag links (rel="tag", a "tags"
 * block, /tag/ URLs).  Zones such as side lists and comments are skipped
 * (meta_zones.c), so a commenter or a teaser's author is never taken. */
#include "meta_internal.h"

#include "../core/ascii.h"

enum {
    BYLINE_TEXT_MAX = 160, /* longer "author" boxes are biographies */
    TAG_TEXT_MAX = 60,
};

static const char *const byline_words[] = { "author", "byline", "writer", "autor", NULL };
static const char *const tag_paths[] = { "/tag/", "/tags/", "/topic/", "/topics/", "/schlagwort/",
                                         "/stichwort/", "/thema/", "/themen/", "/etiqueta/",
                                         "/tema/", "/temas/", NULL };

/* A class or id token that names a tag block: "tags", "post-tags",
 * "tag-list", but not "tagline" or "vintage". */
static bool tag_block(const dom_node *el)
{
    slice vals[2] = { dom_attr_value(el, "class"), dom_attr_value(el, "id") };
    for (int v = 0; v < 2; v++) {
        slice s = vals[v];
        for (size_t i = 0; s.ptr && i + 3 <= s.len; i++) {
            if (!slice_starts_with_nocase(slice_make(s.ptr + i, s.len - i), "tag"))
                continue;
            bool start = i == 0 || !ascii_is_alpha((unsigned char)s.ptr[i - 1]);
            size_t e = i + 3;
            if (e < s.len && (s.ptr[e] == 's' || s.ptr[e] == 'S'))
                e++;
            bool end = e == s.len || !ascii_is_alpha((unsigned char)s.ptr[e]);
            if (start && end)
                return true;
        }
    }
    return false;
}

static bool has_rel(const dom_node *el, const char *rel)
{
    slice r = dom_attr_value(el, "rel");
    if (!r.ptr)
        return false;
    size_t n = strlen(rel);
    for (size_t i = 0; i + n <= r.len; i++)
        if ((i == 0 || ascii_is_space((unsigned char)r.ptr[i - 1])) &&
            slice_starts_with_nocase(slice_make(r.ptr + i, r.len - i), rel) &&
            (i + n == r.len || ascii_is_space((unsigned char)r.ptr[i + n])))
            return true;
    return false;
}

static void offer_byline(meta_evidence *ev, const dom_node *el, meta_rank rank)
{
    if (ev->authors.rank < (int)rank)
        return;
    slice text = meta_node_text_ex(ev->scratch, el, BYLINE_TEXT_MAX + 1, true);
    if (!text.len || text.len > BYLINE_TEXT_MAX)
        return;
    meta_items tmp = { .count = 0, .rank = rank, .pending = rank };
    meta_authors_add_byline(&tmp, ev->out, text);
    if (!tmp.count)
        return;
    bool accept;
    meta_items_begin(&ev->authors, rank, &accept);
    for (size_t i = 0; accept && i < tmp.count; i++)
        meta_items_add(&ev->authors, tmp.items[i]);
}

static void offer_tag(meta_evidence *ev, const dom_node *a)
{
    slice text = meta_node_text(ev->scratch, a, TAG_TEXT_MAX + 1);
    if (!text.len || text.len > TAG_TEXT_MAX)
        return;
    bool accept;
    meta_items_begin(&ev->tags, RANK_NEAR_HEADLINE, &accept);
    if (accept)
        meta_items_add(&ev->tags, arena_slice_dup(ev->out, text));
}

/* The itemprop="name" inside an author item, else the item itself. */
static const dom_node *author_name_node(const dom_node *el)
{
    for (const dom_node *c = el; c; c = dom_next(el, c))
        if (c != el && c->type == DOM_ELEMENT && slice_eq_nocase(dom_attr_value(c, "itemprop"), "name"))
            return c;
    return el;
}

/* A label such as "Written by" or "By" standing alone (its own element or
 * text node) names the author in the next element: "<p>Written by</p>
 * <p>Jane Doe</p>", "By <a>Jane Doe</a>". */
static bool is_byline_label(const meta_evidence *ev, const dom_node *n)
{
    static const char *const labels[] = { "by", "written by", "author", "authors", "posted by",
                                          "von", "autor", "par", "por", "di", "door", "published by",
                                          "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", NULL };
    slice t;
    if (n->type == DOM_TEXT)
        t = slice_trim(n->u.text);
    else if (n->type == DOM_ELEMENT && n->first_child && n->first_child == n->last_child &&
             n->first_child->type == DOM_TEXT)
        t = slice_trim(n->first_child->u.text);
    else
        return false;
    (void)ev;
    if (t.len > 20)
        return false;
    while (t.len && (t.ptr[t.len - 1] == ':' || t.ptr[t.len - 1] == ' '))
        t.len--;
    for (size_t k = 0; labels[k]; k++)
        if (slice_eq_nocase(t, labels[k]))
            return true;
    return false;
}

static const dom_node *next_element(const dom_node *n)
{
    for (const dom_node *s = n->next; s; s = s->next) {
        if (s->type == DOM_ELEMENT)
            return s;
        if (s->type == DOM_TEXT && slice_trim(s->u.text).len)
            return NULL;
    }
    return NULL;
}

void meta_bylines_scan_page(meta_evidence *ev, const dom_document *page)
{
    const dom_node *root = page->root;
    const dom_node *n = root;
    bool byline_found = false;
    bool label_found = false;
    while (n) {
        if (!label_found && ev->authors.rank > RANK_NEAR_HEADLINE && is_byline_label(ev, n)) {
            const dom_node *name = next_element(n);
            if (name) {
                offer_byline(ev, name, RANK_NEAR_HEADLINE);
                label_found = ev->authors.count > 0;
            }
        }
        if (n->type != DOM_ELEMENT) {
            n = dom_next(root, n);
            continue;
        }
        if (meta_zone_skip(ev, n)) {
            n = dom_next_skip(root, n);
            continue;
        }
        slice prop = dom_attr_value(n, "itemprop");
        if (prop.ptr && slice_eq_nocase(prop, "author") && !dom_is(n, TAG_META) && !dom_is(n, TAG_LINK)) {
            offer_byline(ev, author_name_node(n), RANK_MICRODATA);
            n = dom_next_skip(root, n);
            continue;
        }
        if (dom_is(n, TAG_A)) {
            if (has_rel(n, "author") && !byline_found) {
                offer_byline(ev, n, RANK_NEAR_HEADLINE);
                byline_found = ev->authors.count > 0;
            }
            slice href = dom_attr_value(n, "href");
            bool tagged = has_rel(n, "tag");
            for (size_t k = 0; !tagged && href.ptr && tag_paths[k]; k++)
                tagged = slice_find_nocase(href, tag_paths[k]) >= 0;
            for (const dom_node *p = n->parent; !tagged && p && p != root; p = p->parent)
                tagged = tag_block(p);
            if (tagged)
                offer_tag(ev, n);
            n = dom_next_skip(root, n);
            continue;
        }
        if (!byline_found && meta_class_has(n, byline_words)) {
            size_t before = ev->authors.count;
            int rank_before = ev->authors.rank;
            offer_byline(ev, n, RANK_NEAR_HEADLINE);
            if (ev->authors.count != before || ev->authors.rank != rank_before) {
                byline_found = true;
                n = dom_next_skip(root, n);
                continue;
            }
        }
        n = dom_next(root, n);
    }
}
