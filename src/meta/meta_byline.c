/* meta_byline.c - names shown on the page and the article's tag links.
 * Authors: itemprop="author" microdata, rel="author" links, elements
 * classed "author"/"byline", a "By"/"Written by" label and the element
 * after it, and short texts that start with "By Name".  The first such
 * byline in document order is taken (with the names next to it), into
 * ev->byline_authors; meta_author_choose.c weighs it against the
 * structured fields.  Tags: rel="tag", a "tags" block, /tag/ URLs.
 * Zones such as side lists and comments are skipped (meta_zones.c), so a
 * commenter or a teaser's author is never taken. */
#include "meta_byline.h"
#include "meta_author.h"

#include "../core/ascii.h"
#include "../core/buf.h"
#include "../html/parse.h"

enum {
    TAG_TEXT_MAX = 60,
    INNER_LINKS_MAX = 40,   /* nodes searched for the first link of an element */
    CO_AUTHORS_MAX = 4,     /* names joined to the one after a label */
    NOSCRIPT_MAX = 1 << 20, /* <noscript> markup read for bylines */
    AVATAR_TRIES = 16,      /* avatars per page whose caption is looked for */
};

/* Path segments of a tag archive ("/tag/", "/themen/"...), after a '/'. */
static const char *const tag_paths[] = { "tag/", "tags/", "topic/", "topics/", "schlagwort/",
                                         "stichwort/", "thema/", "themen/", "etiqueta/",
                                         "tema/", "temas/", NULL };

/* A link to a tag archive: one of tag_paths right after a '/' anywhere in
 * the URL.  One pass over the '/'s instead of a search per path, since
 * every link of the page is asked. */
static bool tag_href(slice href)
{
    const char *p = href.ptr, *end = href.ptr + href.len;
    while (p && p < end) {
        const char *slash = memchr(p, '/', (size_t)(end - p));
        if (!slash)
            return false;
        slice rest = slice_make(slash + 1, (size_t)(end - slash - 1));
        unsigned c = rest.len ? ascii_lower((unsigned char)rest.ptr[0]) : 0;
        if (c == 't' || c == 's' || c == 'e')
            for (size_t k = 0; tag_paths[k]; k++)
                if ((unsigned char)tag_paths[k][0] == c && slice_starts_with_nocase(rest, tag_paths[k]))
                    return true;
        p = slash + 1;
    }
    return false;
}

static bool has_rel(slice r, const char *rel)
{
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

static void offer_tag(meta_evidence *ev, const dom_node *a)
{
    /* Tags from a better source (<meta>, JSON-LD) are kept: then the
     * link's text is not needed. */
    if (RANK_NEAR_HEADLINE > ev->tags.rank)
        return;
    slice text = meta_node_text(ev->scratch, a, TAG_TEXT_MAX + 1);
    if (!text.len || text.len > TAG_TEXT_MAX)
        return;
    bool accept;
    meta_items_begin(&ev->tags, RANK_NEAR_HEADLINE, &accept);
    if (accept)
        meta_items_add(&ev->tags, arena_slice_dup(ev->out, text));
}

/* Two byline elements of one group: siblings or cousins ("By <a>A</a>
 * and <a>B</a>", one <span itemprop=author> per name). */
static bool only_child_element(const dom_node *parent, const dom_node *child)
{
    for (const dom_node *c = parent->first_child; c; c = c->next)
        if (c != child && c->type == DOM_ELEMENT)
            return false;
    return true;
}

static bool same_group(const dom_node *a, const dom_node *b)
{
    const dom_node *pa = a->parent, *pb = b->parent;
    if (!pa || !pb)
        return false;
    if (pa == pb)
        return true;
    /* Cousins when each parent only wraps its name; a forum post that
     * also holds the message is no part of a byline. */
    return pa->parent && pa->parent == pb->parent && only_child_element(pa, a) && only_child_element(pb, b);
}

/* twitter:labelN "Written by" with twitter:dataN naming the author (a
 * convention of publishing plugins) among the next few <meta>s. */
static void twitter_label(meta_evidence *ev, const dom_node *m)
{
    static const char *const written[] = { "written by", "author", "autor", "geschrieben von",
                                           "écrit par", "escrito por", "scritto da", NULL };
    slice name = slice_trim(dom_attr_value(m, "name"));
    if (name.len != 14 || !slice_starts_with_nocase(name, "twitter:label"))
        return;
    slice label = slice_trim(dom_attr_value(m, "content"));
    bool match = false;
    for (size_t k = 0; written[k] && !match; k++)
        match = slice_eq_nocase(label, written[k]);
    if (!match)
        return;
    size_t seen = 0;
    for (const dom_node *d = m->next; d && seen < 8; d = d->next) {
        if (d->type != DOM_ELEMENT)
            continue;
        seen++;
        slice dn = slice_trim(dom_attr_value(d, "name"));
        if (dom_is(d, TAG_META) && dn.len == 13 && slice_starts_with_nocase(dn, "twitter:data") &&
            dn.ptr[12] == name.ptr[13]) {
            bool accept;
            meta_items_begin(&ev->authors, RANK_TWITTER, &accept);
            if (accept)
                meta_authors_add_names(&ev->authors, ev->out, dom_attr_value(d, "content"));
            return;
        }
    }
}

/* An avatar: an <img> marked as one (class or file name: "avatar",
 * "author", "rounded-full"...) whose alt is a person's full name that the
 * text next to it repeats ("<img alt='Jane Doe'><b>Jane Doe</b>"), the
 * author box of a page without byline markup. */
static bool avatar_name(meta_evidence *ev, const dom_node *img, meta_items *l, size_t *tries)
{
    static const char *const avatar_words[] = { "avatar", "author", "profile", "gravatar", "headshot",
                                                "portrait", "rounded-full", "circle", NULL };
    /* A full name has a space, which meta_clean_text leaves only where
     * the alt has white space, a no-break space (0xC2 0xA0) or a character
     * reference: without one of them there is no name.  Asked first, as
     * most pictures have no such alt and the class and file-name tests
     * cost more. */
    slice raw_alt = dom_attr_value(img, "alt");
    bool may_space = false;
    for (size_t i = 0; i < raw_alt.len && !may_space; i++) {
        unsigned c = (unsigned char)raw_alt.ptr[i];
        may_space = ascii_is_space(c) || c == '\v' || c == 0xC2 || c == '&';
    }
    if (!may_space)
        return false;
    bool looks = meta_class_has(img, avatar_words) || (img->parent && meta_class_has(img->parent, avatar_words));
    slice src = dom_attr_value(img, "src");
    for (size_t k = 0; !looks && src.ptr && k < 5; k++)
        looks = slice_find_nocase(src, avatar_words[k]) >= 0;
    if (!looks)
        return false;
    slice alt = meta_clean_text(ev->scratch, raw_alt);
    bool spaced = false;
    for (size_t i = 0; i < alt.len; i++)
        spaced |= alt.ptr[i] == ' ';
    if (!spaced || !meta_author_plausible(alt, false))
        return false;
    ++*tries;
    const dom_node *p = img->parent;
    for (int up = 0; p && up < 3; up++, p = p->parent) {
        /* The caption comes right after the picture: its first lines. */
        slice text = meta_byline_text(ev->scratch, p, BYLINE_TEXT_MAX);
        if (meta_text_contains(text, alt))
            return meta_authors_add_byline(l, ev->out, alt) > 0;
    }
    return false;
}

typedef struct meta_byline_scan {
    meta_items micro;       /* itemprop="author" */
    const dom_node *micro_el;
    meta_items near;        /* the first byline of another kind */
    const dom_node *near_el;
    bool near_done;         /* the first byline was taken */
    meta_items avatar;      /* the first avatar named by the text beside it */
    size_t avatar_tries;    /* avatars whose caption was looked for */
    meta_items sign;        /* a signature ending the text (the last resort) */
} byline_scan;

static void take_near(meta_evidence *ev, byline_scan *s, const dom_node *el, const dom_node *from)
{
    if (s->near_done && !(s->near_el && same_group(s->near_el, el)))
        return;
    if (meta_byline_names(ev, &s->near, from, false) && !s->near_done) {
        s->near_done = true;
        s->near_el = el;
    }
}

/* True when the first link inside `el` is one to a tag or category
 * (rel="tag"): names are never tags. */
static bool holds_tag_links(const dom_node *el)
{
    size_t seen = 0;
    for (const dom_node *c = el; c && seen++ < INNER_LINKS_MAX; c = dom_next(el, c))
        if (dom_is(c, TAG_A))
            return has_rel(dom_attr_value(c, "rel"), "tag");
    return false;
}

/* A text that joins two names: "and", "und", "&", ",". */
static bool joins_names(slice t)
{
    static const char *const joins[] = { "and", "und", "&", ",", "et", "y", "e", "en", NULL };
    for (size_t k = 0; joins[k]; k++)
        if (slice_eq_nocase(t, joins[k]))
            return true;
    return false;
}

/* The names on the rest of the line after `end`. */
static bool take_line(meta_evidence *ev, byline_scan *s, const dom_node *end)
{
    slice line = meta_byline_line_after(ev, end);
    if (!line.len || !meta_authors_add_byline(&s->near, ev->out, line))
        return false;
    s->near_done = true;
    s->near_el = end;
    return true;
}

/* The names after a byline label: the next element, else the rest of the
 * label's line. */
static void take_label(meta_evidence *ev, byline_scan *s, const dom_node *label)
{
    const dom_node *end = meta_byline_label_end(label);
    if (end != label && !meta_byline_starts_line(end) && !meta_byline_is_block(end) &&
        !meta_byline_separated(label))
        return; /* "ORDER <span>BY</span> <span>period</span>" in code */
    const dom_node *name = meta_byline_next_element(end);
    if (name && holds_tag_links(name))
        name = meta_byline_next_element(name); /* "By" above the category links */
    if (name)
        take_near(ev, s, name, name);
    if (!s->near_done) {
        take_line(ev, s, end);
        return;
    }
    /* "Von <a>A</a> und <a>B</a>": the names joined to the first. */
    for (int k = 0; name && k < CO_AUTHORS_MAX; k++) {
        const dom_node *joiner = name->next;
        if (!joiner || joiner->type != DOM_TEXT || !joins_names(slice_trim(joiner->u.text)) ||
            !(name = joiner->next) || name->type != DOM_ELEMENT)
            break;
        take_near(ev, s, name, name);
    }
}

/* The tests of a text node, until a byline is taken. */
static void step_text(meta_evidence *ev, byline_scan *s, const dom_node *n, slice trimmed)
{
    unsigned tests = meta_byline_text_tests(ev, n, trimmed);
    if (!tests)
        return;
    if (tests & BYLINE_TEXT_LABEL)
        take_label(ev, s, n);
    if (!s->near_done && (tests & BYLINE_TEXT_CJK) && meta_authors_add_byline(&s->near, ev->out, trimmed)) {
        s->near_done = true;
        s->near_el = n;
    }
    if (!s->near_done && (tests & BYLINE_TEXT_DATED) &&
        meta_authors_add_dated(&s->near, ev->out, trimmed, ev->order)) {
        s->near_done = true;
        s->near_el = n;
    }
    if (!s->near_done && (tests & BYLINE_TEXT_BY)) {
        const dom_node *p = n->parent;
        slice t = meta_byline_text(ev->scratch, p, BYLINE_SHORT + 1);
        if (t.len <= BYLINE_SHORT)
            take_near(ev, s, p, p);
    }
}

/* One node of a walk for bylines; `page_tree`: the page itself (its zone
 * map applies and tag links count), else the re-parsed <noscript>
 * markup; `trimmed`: a text node's trimmed text; `at`: an element's
 * attributes.  True when the walk should pass over the node's subtree. */
static bool step(meta_evidence *ev, byline_scan *s, const dom_node *n, slice trimmed,
                 const meta_node_attrs *at, bool page_tree)
{
    if (n->type == DOM_TEXT) {
        if (!s->near_done)
            step_text(ev, s, n, trimmed);
        return false;
    }
    if (n->type != DOM_ELEMENT)
        return false;
    if (!s->near_done && meta_byline_label(n, trimmed))
        take_label(ev, s, n);
    /* <noscript> holds the page as served without scripts (parsed
     * as elements when scripting is off): no zone for bylines. */
    bool skip = page_tree ? meta_zone_skip(ev, n) : meta_zone_excluded(n, ev);
    if (skip && !dom_is(n, TAG_NOSCRIPT))
        return true;
    if (page_tree && dom_is(n, TAG_META))
        twitter_label(ev, n);
    if (dom_is(n, TAG_P) && !s->sign.count && !s->near_done && ev->headline &&
        n->index > ev->headline->index)
        meta_byline_signature(ev, n, &s->sign);
    if (dom_is(n, TAG_IMG) && !s->avatar.count && !s->near_done && s->avatar_tries < AVATAR_TRIES)
        avatar_name(ev, n, &s->avatar, &s->avatar_tries);
    slice prop = at->itemprop;
    if (prop.ptr && slice_eq_nocase(prop, "author") && !dom_is(n, TAG_META) && !dom_is(n, TAG_LINK)) {
        if (!s->micro_el || same_group(s->micro_el, n)) {
            if (meta_byline_names(ev, &s->micro, n, true) && !s->micro_el)
                s->micro_el = n;
        }
        return true;
    }
    bool descend = false;
    /* The zone map read the class and id for byline words as it marked
     * the element (not the <noscript> tree's, nor one it did not reach). */
    unsigned z = page_tree ? meta_zone_map_at(ev, n) : ZONE_UNKNOWN;
    if (!s->near_done && (z & ZONE_STATE ? (z & ZONE_BYLINE_WORD) != 0 : meta_byline_words(ev, at->cls, at->id))) {
        if (meta_byline_inner(ev, n)) {
            descend = true; /* the inner element names the author */
        } else {
            take_near(ev, s, n, n);
            if (s->near_done)
                return true;
        }
    }
    if (dom_is(n, TAG_A)) {
        if (has_rel(at->rel, "author"))
            take_near(ev, s, n, n);
        /* Tags count on the page itself only. */
        if (page_tree && (has_rel(at->rel, "tag") || (at->href.ptr && tag_href(at->href)) ||
                          meta_zone_in_tag_block(ev, n))) /* a "tags" block */
            offer_tag(ev, n);
        return !descend && s->near_done;
    }
    return false;
}

/* The walk over the re-parsed <noscript> markup. */
static void scan_tree(meta_evidence *ev, byline_scan *s, const dom_node *root)
{
    for (const dom_node *n = root; n;) {
        slice trimmed = n->type == DOM_TEXT ? slice_trim(n->u.text) : slice_make(NULL, 0);
        meta_node_attrs at;
        if (n->type == DOM_ELEMENT)
            meta_node_attrs_read(n, &at);
        n = step(ev, s, n, trimmed, &at, false) ? dom_next_skip(root, n) : dom_next(root, n);
    }
}

/* The markup of the page's <noscript> elements (raw text when parsed
 * with scripting on), joined.  The walk starts at the first one, which
 * the markup walk noted (most pages have none: no walk at all). */
static slice noscript_markup(meta_evidence *ev, const dom_node *root)
{
    buf b = BUF_INIT;
    for (const dom_node *n = ev->first_noscript; n && b.len < NOSCRIPT_MAX; n = dom_next(root, n))
        if (dom_is(n, TAG_NOSCRIPT) && n->first_child && n->first_child == n->last_child &&
            n->first_child->type == DOM_TEXT)
            buf_append_slice(&b, n->first_child->u.text);
    slice out = b.failed || !b.len ? slice_make(NULL, 0) : arena_slice_dup(ev->scratch, slice_make(b.data, b.len));
    buf_dispose(&b);
    return out;
}

meta_byline_scan *meta_bylines_begin(meta_evidence *ev)
{
    byline_scan *s = arena_alloc(ev->scratch, sizeof *s);
    if (!s)
        return NULL;
    memset(s, 0, sizeof *s);
    s->micro.rank = s->micro.pending = s->near.rank = s->near.pending = RANK_NEAR_HEADLINE;
    s->avatar.rank = s->avatar.pending = RANK_NEAR_HEADLINE;
    s->sign.rank = s->sign.pending = RANK_NEAR_HEADLINE;
    return s;
}

bool meta_bylines_visit(meta_evidence *ev, meta_byline_scan *s, const dom_node *n, slice trimmed,
                        const meta_node_attrs *at)
{
    return step(ev, s, n, trimmed, at, true);
}

void meta_bylines_end(meta_evidence *ev, meta_byline_scan *s, const dom_document *page)
{
    if (!s)
        return;
    /* Forum and blog software that renders with scripts serves its posts,
     * bylines included, inside <noscript>: read them there when the page
     * names nobody else. */
    if (!s->micro.count && !s->near.count && !s->avatar.count && !s->sign.count && !ev->authors.count) {
        slice markup = noscript_markup(ev, page->root);
        dom_document doc;
        html_parse_options po = { .scripting = false, .max_nodes = page->node_count * 2 + 1000 };
        if (markup.len && html_parse_document(ev->scratch, markup.ptr, markup.len, &po, &doc) == 0 && doc.root)
            scan_tree(ev, s, doc.root);
    }
    /* Microdata names the author unless a byline comes before it (a
     * forum's "thread starter" line above a highlighted reply). */
    bool micro = s->micro.count && !(s->near.count && s->near_el && s->micro_el &&
                                     s->near_el->index < s->micro_el->index &&
                                     !slice_eq(s->near.items[0], s->micro.items[0]));
    const meta_items *best = micro ? &s->micro : s->near.count ? &s->near : s->avatar.count ? &s->avatar : &s->sign;
    int rank = micro ? RANK_MICRODATA : s->near.count ? RANK_NEAR_HEADLINE : RANK_FIRST_TEXT;
    bool accept;
    meta_items_begin(&ev->byline_authors, rank, &accept);
    for (size_t i = 0; accept && i < best->count; i++)
        meta_items_add(&ev->byline_authors, best->items[i]);
}
