/* out_walk.h - enter/leave events over a subtree, without recursion.
 *
 * The writers need to know when an element ends (to close a Markdown
 * emphasis, write an end tag, end a paragraph), which plain pre-order
 * traversal (dom_next) does not say.  This iterator walks with the parent
 * pointers, as cmark's iterator does: every element, fragment and document
 * gets an enter event and a leave event; text, comment and doctype nodes
 * get one enter event only.  Depth costs nothing: no stack, no recursion. */
#ifndef PITH_OUT_WALK_H
#define PITH_OUT_WALK_H

#include <stdbool.h>

#include "../html/dom.h"

typedef struct out_walk {
    const dom_node *root;
    const dom_node *node; /* the current event's node; NULL before the first and after the last */
    bool entering;        /* true: enter event; false: leave event */
    bool skip;            /* set by out_walk_skip */
    bool done;
} out_walk;

/* root may be NULL (an empty walk). */
void out_walk_init(out_walk *w, const dom_node *root);
/* Moves to the next event; false at the end. */
bool out_walk_next(out_walk *w);
/* Called on an enter event: the node's children are not visited and the
 * next event is the node's leave event (none for text nodes). */
void out_walk_skip(out_walk *w);

static inline bool out_walk_has_leave(const dom_node *n)
{
    return n->type == DOM_ELEMENT || n->type == DOM_FRAGMENT || n->type == DOM_DOCUMENT;
}

#endif
