/* meta_byline.h - what the byline scan (meta_byline.c) shares with the
 * reading of one byline element (meta_byline_text.c), the tests of one
 * text (meta_byline_label.c) and the signature (meta_byline_sign.c). */
#ifndef PITH_META_BYLINE_H
#define PITH_META_BYLINE_H

#include "meta_internal.h"

enum {
    BYLINE_TEXT_MAX = 400, /* longer "author" elements are containers */
    BYLINE_SHORT = 120,    /* a "By Name" text is a short line */
};

/* Block-level elements: their boundaries are line breaks in a byline. */
bool meta_byline_is_block(const dom_node *n);
/* An element whose class or id has a byline word ("author", "byline",
 * "writer", "autor", "username"...), read with the zone words of `ev`
 * (which may be NULL: built for the call). */
bool meta_byline_class(const meta_evidence *ev, const dom_node *el);
/* The same test on an element's class and id values, already read. */
bool meta_byline_words(const meta_evidence *ev, slice cls, slice id);
/* The byline words, each marked "*" (core/word_match.h): the zone map
 * finds them with its own words (ZONE_BYLINE_WORD). */
extern const char *const meta_byline_marked_words[];
/* True when a byline-classed element holds the name in an element of
 * its own ("author-name"): the outer one is a block of date and avatar. */
bool meta_byline_inner(const meta_evidence *ev, const dom_node *el);
/* The text of a byline element with block boundaries as newlines and
 * whitespace collapsed, cut after about `max` bytes; in `a`. */
slice meta_byline_text(arena *a, const dom_node *el, size_t max);
/* Adds the names a byline element shows to `l`; returns their count.
 * `explicit`: the element is marked as the author (itemprop), so a name
 * element inside a long one still counts. */
size_t meta_byline_names(meta_evidence *ev, meta_items *l, const dom_node *el, bool explicit);

/* ---- the tests of one text (meta_byline_label.c) ---- */

/* Nothing but blank text and blocks before `n` in its parent: "uunf by
 * <a>Name</a>" inside a sentence is no byline. */
bool meta_byline_starts_line(const dom_node *n);
/* A text (or an element's only text) that opens with a separator ("| By"). */
bool meta_byline_separated(const dom_node *n);
/* A byline label standing alone: the text node `n` (`trimmed`: its
 * trimmed text) or an element holding only such a text. */
bool meta_byline_label_read(const dom_node *n, slice trimmed);
/* Its first tests, inline: the scan asks for every element and text
 * until a byline is taken, and most fail them (a label is a short text,
 * alone in its element). */
static inline bool meta_byline_label(const dom_node *n, slice trimmed)
{
    bool may = n->type == DOM_TEXT ? trimmed.len && trimmed.len <= 24
                                   : n->type == DOM_ELEMENT && n->first_child && n->first_child == n->last_child &&
                                         n->first_child->type == DOM_TEXT;
    return may && meta_byline_label_read(n, trimmed);
}
/* What a text node `n` (`t`: its trimmed text) may be, as a set of the
 * bits below. */
enum {
    BYLINE_TEXT_LABEL = 1, /* a label, or a text ending in one ("started by") */
    BYLINE_TEXT_CJK = 2,   /* a Chinese credit line, "作者：Name" */
    BYLINE_TEXT_DATED = 4, /* a short text near the headline opening with a date */
    BYLINE_TEXT_BY = 8,    /* a "By Name" line outside the headline */
};
unsigned meta_byline_text_tests(const meta_evidence *ev, const dom_node *n, slice t);
/* The outermost element that wraps the label `n` and nothing else. */
const dom_node *meta_byline_label_end(const dom_node *n);
/* The element after `n` on its line, or NULL. */
const dom_node *meta_byline_next_element(const dom_node *n);
/* The text after a label up to the end of its line; empty when longer
 * than a byline.  In the scratch arena. */
slice meta_byline_line_after(meta_evidence *ev, const dom_node *label);

/* A signature ending the text ("<p><b>Jane Doe</b></p>" after running
 * text, last in its container) at the paragraph `p`: adds its name to `l`
 * and returns the count (meta_byline_sign.c). */
size_t meta_byline_signature(meta_evidence *ev, const dom_node *p, meta_items *l);

#endif
