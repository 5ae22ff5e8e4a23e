/* out_walk.c - the enter/leave iterator (see out_walk.h). */
#include "out_walk.h"

void out_walk_init(out_walk *w, const dom_node *root)
{
    w->root = root;
    w->node = NULL;
    w->entering = false;
    w->skip = false;
    w->done = root == NULL;
}

bool out_walk_next(out_walk *w)
{
    if (w->done)
        return false;
    const dom_node *n = w->node;
    if (!n) {
        w->node = w->root;
        w->entering = true;
        return true;
    }
    if (w->entering && out_walk_has_leave(n)) {
        if (n->first_child && !w->skip) {
            w->node = n->first_child;
            return true;
        }
        /* A childless (or skipped) element: its leave event comes next. */
        w->skip = false;
        w->entering = false;
        return true;
    }
    w->skip = false;
    /* After a leave event or a leaf: the next sibling, else the parent's leave. */
    if (n == w->root) {
        w->done = true;
        w->node = NULL;
        return false;
    }
    if (n->next) {
        w->node = n->next;
        w->entering = true;
        return true;
    }
    w->node = n->parent;
    w->entering = false;
    if (!w->node) { /* a detached subtree without the root above it: stop */
        w->done = true;
        return false;
    }
    return true;
}

void out_walk_skip(out_walk *w)
{
    if (w->entering)
        w->skip = true;
}
