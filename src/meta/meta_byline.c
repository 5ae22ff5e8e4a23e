/* meta_byline.c - names shown on the page and the article's tag links.
 * Authors: itemprop="author" microdata, rel="author" links, elements
 * classed "author"/"byline", a "By"/"Written by" label and the element
 * after it, and short texts that start with "By Name".  The first such
 * byline in document order is taken (with the names next to it), into
 * ev->byline_authors; meta_author_choose.c weighs it against the
 * structured fields.  Tags: rel="tag", a "tags" block, /tag/ URLs.
 * Zones such as side lists and comments are skipped (meta_zones.c), so a
 * commenter or a teaser's author is never taken. */
#include "meta_internal.h"

#include "../core/ascii.h"
#include "../core/buf.h"
#include "../html/parse.h"

enum {
    BYLINE_TEXT_MAX = 400,  /* longer "author" elements are containers */
    BYLINE_SEGMENTS = 4,    /* lines of an author box tried for the name */
    BYLINE_SHORT = 120,     /* a "By Name" text is a short line */
    TAG_TEXT_MAX = 60,
    INNER_SEARCH_MAX = 200, /* nodes searched for a nested byline */
    LINE_LOOKBACK = 16,     /* siblings looked at before a byline label */
    NOSCRIPT_MAX = 1 << 20, /* <noscript> markup read for bylines */
};

static const char *const byline_words[] = { "author", "byline", "writer", "autor", "username", "user-name",
                                             "postuser", NULL };
/* Inside an author box, the element that holds the name alone. */
static const char *const name_words[] = { "name", NULL };
static const char *const tag_paths[] = { "/tag/", "/tags/", "/topic/", "/topics/", "/schlagwort/",
                                         "/stichwort/", "/thema/", "/themen/", "/etiqueta/",
                                         "/tema/", "/temas/", NULL };

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

/* A byline word ("author", "byline", "writer", "autor", "username",
 * "user-name", "postuser") anywhere in `v`, ASCII case-insensitive.  Runs
 * for every element of the page, so it looks for a word only where its
 * first letter is. */
static bool value_has_byline_word(slice v)
{
    for (size_t i = 0; v.ptr && i < v.len; i++) {
        unsigned c = ascii_lower((unsigned char)v.ptr[i]);
        if (c != 'a' && c != 'b' && c != 'w' && c != 'u' && c != 'p')
            continue;
        slice rest = slice_make(v.ptr + i, v.len - i);
        for (size_t k = 0; byline_words[k]; k++)
            if ((unsigned char)byline_words[k][0] == c && slice_starts_with_nocase(rest, byline_words[k]))
                return true;
    }
    return false;
}

static bool byline_class(const dom_node *el)
{
    return value_has_byline_word(dom_attr_value(el, "class")) || value_has_byline_word(dom_attr_value(el, "id"));
}

static bool is_block(const dom_node *n)
{
    if (n->type != DOM_ELEMENT)
        return false;
    switch (n->tag) {
    case TAG_DIV: case TAG_P: case TAG_LI: case TAG_BR: case TAG_UL: case TAG_OL:
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
    case TAG_TD: case TAG_TR: case TAG_DT: case TAG_DD: case TAG_SECTION: case TAG_HEADER:
    case TAG_FOOTER: case TAG_TABLE: case TAG_FIGURE: case TAG_FIGCAPTION: case TAG_BLOCKQUOTE:
        return true;
    default:
        return false;
    }
}

/* A separator, unless the text ends with one (a newline wins). */
static void put_space(buf *b, char sep)
{
    if (b->len && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n')) {
        if (sep == '\n')
            b->data[b->len - 1] = '\n';
        return;
    }
    if (b->len)
        buf_putc(b, sep);
}

/* Text with its source indentation collapsed: whitespace runs become one
 * space, so the length measures what a reader sees. */
static void put_text(buf *b, slice t)
{
    for (size_t i = 0; i < t.len; i++) {
        unsigned c = (unsigned char)t.ptr[i];
        if (ascii_is_space(c))
            put_space(b, ' ');
        else
            buf_putc(b, (char)c);
    }
}

/* Text of a byline element with its block boundaries kept as newlines, so
 * that a name and the job title or biography printed under it stay apart
 * ("Jane Doe\nSenior Editor").  Buttons, scripts and hidden templates
 * hold no name. */
static slice byline_text(arena *a, const dom_node *el, size_t max)
{
    buf b = BUF_INIT;
    for (const dom_node *c = el; c && b.len <= max; ) {
        if (c != el && c->type == DOM_ELEMENT &&
            (c->ns != NS_HTML || dom_is(c, TAG_SCRIPT) || dom_is(c, TAG_STYLE) ||
             dom_is(c, TAG_TEMPLATE) || dom_is(c, TAG_BUTTON) || dom_is(c, TAG_SELECT))) {
            c = dom_next_skip(el, c);
            continue;
        }
        if (c != el && (is_block(c) || (c->prev && is_block(c->prev))))
            put_space(&b, '\n');
        else if (c->type == DOM_ELEMENT)
            put_space(&b, ' ');
        if (c->type == DOM_TEXT)
            put_text(&b, c->u.text);
        c = dom_next(el, c);
    }
    slice out = b.failed ? slice_make(NULL, 0) : arena_slice_dup(a, slice_make(b.data ? b.data : "", b.len));
    buf_dispose(&b);
    return out;
}

/* Names from the first lines of `text` that hold any (a label, a date or
 * an avatar's caption may come first). */
static size_t names_from_lines(meta_items *l, arena *a, slice text)
{
    size_t start = 0, tried = 0;
    for (size_t i = 0; i <= text.len && tried < BYLINE_SEGMENTS; i++) {
        if (i < text.len && text.ptr[i] != '\n')
            continue;
        slice line = slice_trim(slice_make(text.ptr + start, i - start));
        start = i + 1;
        bool blank = true;
        for (size_t k = 0; k < line.len && blank; k++)
            blank = ascii_is_space((unsigned char)line.ptr[k]);
        if (blank)
            continue;
        tried++;
        size_t n = meta_authors_add_byline(l, a, line);
        if (n)
            return n;
    }
    return 0;
}

/* The element inside an author box that names the author alone:
 * itemprop="name" (a <meta> gives its content) or a class with "name". */
static const dom_node *name_node(const dom_node *el, slice *content)
{
    *content = slice_make(NULL, 0);
    for (const dom_node *c = el; c; c = dom_next(el, c)) {
        if (c == el || c->type != DOM_ELEMENT)
            continue;
        if (slice_eq_nocase(dom_attr_value(c, "itemprop"), "name")) {
            if (dom_is(c, TAG_META))
                *content = dom_attr_value(c, "content");
            return c;
        }
    }
    for (const dom_node *c = el; c; c = dom_next(el, c))
        if (c != el && c->type == DOM_ELEMENT && meta_class_has(c, name_words))
            return c;
    return NULL;
}

/* Adds the names a byline element shows to `l`.  `explicit`: the element
 * is marked as the author (itemprop), so a name element inside a long one
 * still counts; a long element merely classed "author" is a container. */
static size_t names_of(meta_evidence *ev, meta_items *l, const dom_node *el, bool explicit)
{
    slice text = byline_text(ev->scratch, el, BYLINE_TEXT_MAX);
    bool long_text = !text.len || text.len > BYLINE_TEXT_MAX;
    if (long_text && !explicit)
        return 0;
    slice content;
    const dom_node *name = name_node(el, &content);
    if (content.len) {
        size_t n = meta_authors_add_names(l, ev->out, content);
        if (n)
            return n;
    }
    if (name) {
        size_t n = names_from_lines(l, ev->out, byline_text(ev->scratch, name, BYLINE_TEXT_MAX));
        if (n)
            return n;
    }
    return long_text ? 0 : names_from_lines(l, ev->out, text);
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

/* Nothing but blank text and blocks before `n` in its parent: "uunf by
 * <a>Name</a>" inside a sentence is no byline. */
static bool starts_line(const dom_node *n)
{
    size_t seen = 0;
    for (const dom_node *p = n->prev; p; p = p->prev) {
        if (++seen > LINE_LOOKBACK)
            return false;
        if (p->type == DOM_TEXT && slice_trim(p->u.text).len)
            return false;
        if (p->type == DOM_ELEMENT && !is_block(p) && !dom_is(p, TAG_IMG) && p->ns == NS_HTML)
            return false;
    }
    return true;
}

/* A label such as "Written by" or "By" standing alone (its own element or
 * text node) names the author in the next element: "<p>Written by</p>
 * <p>Jane Doe</p>", "By <a>Jane Doe</a>". */
static bool is_byline_label(const dom_node *n)
{
    static const char *const labels[] = { "by", "written by", "author", "authors", "posted by",
                                          "von", "autor", "par", "por", "di", "door", "published by",
                                          "started by", "asked by", "post by",
                                          "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80", NULL };
    slice t;
    if (n->type == DOM_TEXT)
        t = slice_trim(n->u.text);
    else if (n->type == DOM_ELEMENT && n->first_child && n->first_child == n->last_child &&
             n->first_child->type == DOM_TEXT)
        t = slice_trim(n->first_child->u.text);
    else
        return false;
    if (t.len > 20)
        return false;
    for (;;) {
        if (t.len && (t.ptr[t.len - 1] == ':' || ascii_is_space((unsigned char)t.ptr[t.len - 1])))
            t.len--;
        else if (t.len >= 2 && (unsigned char)t.ptr[t.len - 2] == 0xC2 && (unsigned char)t.ptr[t.len - 1] == 0xA0)
            t.len -= 2; /* &nbsp; */
        else
            break;
    }
    /* "... started by" ends a longer text ("Discussion in X started by"). */
    for (size_t k = 0; labels[k]; k++)
        if (slice_eq_nocase(t, labels[k]))
            return starts_line(n);
    return false;
}

/* A text that ends with "started by"/"posted by" names the author in the
 * next element: "Discussion in 'Forum' started by <a>name</a>". */
static bool ends_with_label(const dom_node *n)
{
    static const char *const tails[] = { " started by", " posted by", " written by", " asked by", NULL };
    if (n->type != DOM_TEXT)
        return false;
    slice t = slice_trim(n->u.text);
    if (t.len < 8 || ascii_lower((unsigned char)t.ptr[t.len - 1]) != 'y')
        return false; /* every tail ends in "by" */
    for (size_t k = 0; tails[k]; k++) {
        size_t m = strlen(tails[k]);
        if (t.len >= m && slice_eq_nocase(slice_make(t.ptr + t.len - m, m), tails[k]))
            return true;
    }
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

/* A short text starting "By Name" (a byline without markup). */
static bool by_text(const dom_node *n)
{
    /* Links to the author's archive name the author too ("All articles
     * by Jane Doe"). */
    static const char *const leads[] = { "by ", "written by ", "posted by ", "von ", "par ",
                                         "por ", "door ", "text: ", "autor: ", "author: ",
                                         "all articles by ", "all posts by ", "view all posts by ",
                                         "more articles by ", "more posts by ", "more stories by ",
                                         "see all posts by ", "articles by ", "posts by ",
                                         "text von ", NULL };
    if (n->type != DOM_TEXT || !n->parent)
        return false;
    slice t = slice_trim(n->u.text);
    if (t.len < 4 || !t.ptr[0] || !strchr("bwpvdtamsBWPVDTAMS", t.ptr[0]))
        return false; /* the first letters of the leads */
    for (size_t k = 0; leads[k]; k++) {
        size_t m = strlen(leads[k]);
        if (t.len > m && slice_starts_with_nocase(t, leads[k]))
            /* The line starts with it: "Monk and Robot by Becky
             * Chambers" is a book's title and author, not a byline. */
            return (ascii_is_upper((unsigned char)t.ptr[m]) || (unsigned char)t.ptr[m] >= 0x80) &&
                   starts_line(n);
    }
    return false;
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

/* True when a byline-classed element holds the author's name in an
 * element of its own ("author-name", "byline__name"): the outer one is a
 * block of date, programme, avatar and byline. */
static bool inner_byline(const dom_node *el)
{
    size_t seen = 0;
    for (const dom_node *c = dom_next(el, el); c && seen < INNER_SEARCH_MAX; c = dom_next(el, c), seen++)
        if (c->type == DOM_ELEMENT && byline_class(c) && meta_class_has(c, name_words))
            return true;
    return false;
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
static bool avatar_name(meta_evidence *ev, const dom_node *img, meta_items *l)
{
    static const char *const avatar_words[] = { "avatar", "author", "profile", "gravatar", "headshot",
                                                "portrait", "rounded-full", "circle", NULL };
    bool looks = meta_class_has(img, avatar_words) || (img->parent && meta_class_has(img->parent, avatar_words));
    slice src = dom_attr_value(img, "src");
    for (size_t k = 0; !looks && src.ptr && k < 5; k++)
        looks = slice_find_nocase(src, avatar_words[k]) >= 0;
    if (!looks)
        return false;
    slice alt = meta_clean_text(ev->scratch, dom_attr_value(img, "alt"));
    bool spaced = false;
    for (size_t i = 0; i < alt.len; i++)
        spaced |= alt.ptr[i] == ' ';
    if (!spaced || !meta_author_plausible(alt, false))
        return false;
    const dom_node *p = img->parent;
    for (int up = 0; p && up < 3; up++, p = p->parent) {
        /* The caption comes right after the picture: its first lines. */
        slice text = byline_text(ev->scratch, p, BYLINE_TEXT_MAX);
        if (meta_text_contains(text, alt))
            return meta_authors_add_byline(l, ev->out, alt) > 0;
    }
    return false;
}

typedef struct byline_scan {
    meta_items micro;       /* itemprop="author" */
    const dom_node *micro_el;
    meta_items near;        /* the first byline of another kind */
    const dom_node *near_el;
    bool near_done;         /* the first byline was taken */
    meta_items avatar;      /* the first avatar named by the text beside it */
} byline_scan;

static void take_near(meta_evidence *ev, byline_scan *s, const dom_node *el, const dom_node *from)
{
    if (s->near_done && !(s->near_el && same_group(s->near_el, el)))
        return;
    if (names_of(ev, &s->near, from, false) && !s->near_done) {
        s->near_done = true;
        s->near_el = el;
    }
}

/* One walk over a tree for bylines; `page_tree`: the page itself (its
 * zone map applies and tag links count), else the re-parsed <noscript>
 * markup. */
static void scan_tree(meta_evidence *ev, byline_scan *s, const dom_node *root, bool page_tree)
{
    const dom_node *n = root;
    while (n) {
        if (!s->near_done && (is_byline_label(n) || ends_with_label(n))) {
            const dom_node *name = next_element(n);
            if (name)
                take_near(ev, s, name, name);
        }
        if (!s->near_done && by_text(n)) {
            const dom_node *p = n->parent;
            slice t = byline_text(ev->scratch, p, BYLINE_SHORT + 1);
            if (t.len <= BYLINE_SHORT)
                take_near(ev, s, p, p);
        }
        if (n->type != DOM_ELEMENT) {
            n = dom_next(root, n);
            continue;
        }
        /* <noscript> holds the page as served without scripts (parsed
         * as elements when scripting is off): no zone for bylines. */
        bool skip = page_tree ? meta_zone_skip(ev, n) : meta_zone_excluded(n, ev);
        if (skip && !dom_is(n, TAG_NOSCRIPT)) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (page_tree && dom_is(n, TAG_META))
            twitter_label(ev, n);
        if (dom_is(n, TAG_IMG) && !s->avatar.count && !s->near_done)
            avatar_name(ev, n, &s->avatar);
        slice prop = dom_attr_value(n, "itemprop");
        if (prop.ptr && slice_eq_nocase(prop, "author") && !dom_is(n, TAG_META) && !dom_is(n, TAG_LINK)) {
            if (!s->micro_el || same_group(s->micro_el, n)) {
                if (names_of(ev, &s->micro, n, true) && !s->micro_el)
                    s->micro_el = n;
            }
            n = dom_next_skip(root, n);
            continue;
        }
        bool descend = false;
        if (!s->near_done && byline_class(n)) {
            if (inner_byline(n)) {
                descend = true; /* the inner element names the author */
            } else {
                take_near(ev, s, n, n);
                if (s->near_done) {
                    n = dom_next_skip(root, n);
                    continue;
                }
            }
        }
        if (dom_is(n, TAG_A)) {
            if (has_rel(n, "author"))
                take_near(ev, s, n, n);
            slice href = dom_attr_value(n, "href");
            bool tagged = has_rel(n, "tag");
            for (size_t k = 0; !tagged && href.ptr && tag_paths[k]; k++)
                tagged = slice_find_nocase(href, tag_paths[k]) >= 0;
            tagged = tagged || (page_tree && meta_zone_in_tag_block(ev, n)); /* a "tags" block */
            if (tagged && page_tree)
                offer_tag(ev, n);
            n = descend || !s->near_done ? dom_next(root, n) : dom_next_skip(root, n);
            continue;
        }
        n = dom_next(root, n);
    }
}

/* The markup of the page's <noscript> elements (raw text when parsed
 * with scripting on), joined. */
static slice noscript_markup(meta_evidence *ev, const dom_node *root)
{
    buf b = BUF_INIT;
    for (const dom_node *n = root; n && b.len < NOSCRIPT_MAX; n = dom_next(root, n))
        if (dom_is(n, TAG_NOSCRIPT) && n->first_child && n->first_child == n->last_child &&
            n->first_child->type == DOM_TEXT)
            buf_append_slice(&b, n->first_child->u.text);
    slice out = b.failed || !b.len ? slice_make(NULL, 0) : arena_slice_dup(ev->scratch, slice_make(b.data, b.len));
    buf_dispose(&b);
    return out;
}

void meta_bylines_scan_page(meta_evidence *ev, const dom_document *page)
{
    byline_scan *s = arena_alloc(ev->scratch, sizeof *s);
    if (!s)
        return;
    memset(s, 0, sizeof *s);
    s->micro.rank = s->micro.pending = s->near.rank = s->near.pending = RANK_NEAR_HEADLINE;
    s->avatar.rank = s->avatar.pending = RANK_NEAR_HEADLINE;
    scan_tree(ev, s, page->root, true);
    /* Forum and blog software that renders with scripts serves its posts,
     * bylines included, inside <noscript>: read them there when the page
     * names nobody else. */
    if (!s->micro.count && !s->near.count && !s->avatar.count && !ev->authors.count) {
        slice markup = noscript_markup(ev, page->root);
        dom_document doc;
        html_parse_options po = { .scripting = false, .max_nodes = page->node_count * 2 + 1000 };
        if (markup.len && html_parse_document(ev->scratch, markup.ptr, markup.len, &po, &doc) == 0 && doc.root)
            scan_tree(ev, s, doc.root, false);
    }
    /* Microdata names the author unless a byline comes before it (a
     * forum's "thread starter" line above a highlighted reply). */
    bool micro = s->micro.count && !(s->near.count && s->near_el && s->micro_el &&
                                     s->near_el->index < s->micro_el->index);
    const meta_items *best = micro ? &s->micro : s->near.count ? &s->near : &s->avatar;
    int rank = micro ? RANK_MICRODATA : s->near.count ? RANK_NEAR_HEADLINE : RANK_FIRST_TEXT;
    bool accept;
    meta_items_begin(&ev->byline_authors, rank, &accept);
    for (size_t i = 0; accept && i < best->count; i++)
        meta_items_add(&ev->byline_authors, best->items[i]);
}
