/* meta_byline_text.c - what a byline element says: its text with block
 * boundaries kept as lines (a name apart from the job title or biography
 * under it), the element that holds the name alone inside an author box,
 * and the names read from them. */
#include "meta_byline.h"
#include "meta_zone.h"

#include "../core/ascii.h"
#include "../core/buf.h"

enum {
    BYLINE_SEGMENTS = 4,    /* lines of an author box tried for the name */
    INNER_SEARCH_MAX = 200, /* nodes searched for a nested byline */
    BYLINE_NODES_MAX = 500, /* nodes of one byline element looked at:
                               a hostile page nests empty ones deeply */
};

/* Marked "*" (anywhere in the value): the zone map's matcher finds them
 * in the same read as the zone words (meta_zones.c), and answers the
 * byline-word question everywhere. */
const char *const meta_byline_marked_words[] = { "*author", "*byline", "*writer", "*autor", "*username",
                                                 "*user-name", "*postuser", NULL };
/* Inside an author box, the element that holds the name alone. */
static const char *const name_words[] = { "name", NULL };

bool meta_byline_words(const meta_evidence *ev, slice cls, slice id)
{
    word_matcher *own;
    const word_matcher *zw = meta_zone_words_of(ev, &own);
    bool has = zw && (word_matcher_find(zw, cls) | word_matcher_find(zw, id)) & ZONE_WORD_BYLINE;
    word_matcher_free(own);
    return has;
}

bool meta_byline_class(const meta_evidence *ev, const dom_node *el)
{
    slice cls, id;
    return meta_class_and_id(el, &cls, &id) && meta_byline_words(ev, cls, id);
}

bool meta_byline_is_block(const dom_node *n)
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
slice meta_byline_text(arena *a, const dom_node *el, size_t max)
{
    buf b = BUF_INIT;
    size_t seen = 0;
    for (const dom_node *c = el; c && b.len <= max && seen++ < BYLINE_NODES_MAX; ) {
        if (c != el && c->type == DOM_ELEMENT &&
            (c->ns != NS_HTML || dom_is(c, TAG_SCRIPT) || dom_is(c, TAG_STYLE) ||
             dom_is(c, TAG_TEMPLATE) || dom_is(c, TAG_BUTTON) || dom_is(c, TAG_SELECT))) {
            c = dom_next_skip(el, c);
            continue;
        }
        if (c != el && (meta_byline_is_block(c) || (c->prev && meta_byline_is_block(c->prev))))
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
    size_t seen = 0;
    for (const dom_node *c = el; c && seen++ < BYLINE_NODES_MAX; c = dom_next(el, c)) {
        if (c == el || c->type != DOM_ELEMENT)
            continue;
        if (slice_eq_nocase(dom_attr_value(c, "itemprop"), "name")) {
            if (dom_is(c, TAG_META))
                *content = dom_attr_value(c, "content");
            return c;
        }
    }
    seen = 0;
    for (const dom_node *c = el; c && seen++ < BYLINE_NODES_MAX; c = dom_next(el, c))
        if (c != el && c->type == DOM_ELEMENT && meta_class_has(c, name_words))
            return c;
    return NULL;
}

/* Adds the names a byline element shows to `l`.  `explicit`: the element
 * is marked as the author (itemprop), so a name element inside a long one
 * still counts; a long element merely classed "author" is a container. */
size_t meta_byline_names(meta_evidence *ev, meta_items *l, const dom_node *el, bool explicit)
{
    slice text = meta_byline_text(ev->scratch, el, BYLINE_TEXT_MAX);
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
        size_t n = names_from_lines(l, ev->out, meta_byline_text(ev->scratch, name, BYLINE_TEXT_MAX));
        if (n)
            return n;
    }
    return long_text ? 0 : names_from_lines(l, ev->out, text);
}

/* True when a byline-classed element holds the author's name in an
 * element of its own ("author-name", "byline__name"): the outer one is a
 * block of date, programme, avatar and byline. */
bool meta_byline_inner(const meta_evidence *ev, const dom_node *el)
{
    size_t seen = 0;
    for (const dom_node *c = dom_next(el, el); c && seen < INNER_SEARCH_MAX; c = dom_next(el, c), seen++)
        if (c->type == DOM_ELEMENT && meta_byline_class(ev, c) && meta_class_has(c, name_words))
            return true;
    return false;
}

