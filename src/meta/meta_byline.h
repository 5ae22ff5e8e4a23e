/* meta_byline.h - what the byline scan (meta_byline.c) shares with the
 * reading of one byline element (meta_byline_text.c). */
#ifndef PITH_META_BYLINE_H
#define PITH_META_BYLINE_H

#include "meta_internal.h"

enum { BYLINE_TEXT_MAX = 400 }; /* longer "author" elements are containers */

/* Block-level elements: their boundaries are line breaks in a byline. */
bool meta_byline_is_block(const dom_node *n);
/* An element whose class or id has a byline word ("author", "byline",
 * "writer", "autor", "username"...). */
bool meta_byline_class(const dom_node *el);
/* The same test on an element's class and id values, already read. */
bool meta_byline_words(slice cls, slice id);
/* True when a byline-classed element holds the name in an element of
 * its own ("author-name"): the outer one is a block of date and avatar. */
bool meta_byline_inner(const dom_node *el);
/* The text of a byline element with block boundaries as newlines and
 * whitespace collapsed, cut after about `max` bytes; in `a`. */
slice meta_byline_text(arena *a, const dom_node *el, size_t max);
/* Adds the names a byline element shows to `l`; returns their count.
 * `explicit`: the element is marked as the author (itemprop), so a name
 * element inside a long one still counts. */
size_t meta_byline_names(meta_evidence *ev, meta_items *l, const dom_node *el, bool explicit);

/* A signature ending the text ("<p><b>Jane Doe</b></p>" after running
 * text, last in its container) at the paragraph `p`: adds its name to `l`
 * and returns the count (meta_byline_sign.c). */
size_t meta_byline_signature(meta_evidence *ev, const dom_node *p, meta_items *l);

#endif
