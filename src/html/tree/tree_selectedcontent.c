/* tree_selectedcontent.c - "maybe clone an option into selectedcontent"
 * (HTML Standard, the option element: run when an HTML parser pops an
 * <option> off the stack of open elements).  A customizable <select> shows
 * its selected option's contents in its <selectedcontent> element; the
 * parser keeps that copy current.
 *
 * Only pages that contain <selectedcontent> pay anything.  The work (nodes
 * looked at and copied) has a per-parse budget so a page with thousands of
 * options under one select cannot make parsing quadratic; past it the copy
 * is simply not updated. */
#include "tree.h"

#define SELECTEDCONTENT_BUDGET (1u << 22)

static bool is_selectedcontent(const dom_node *n)
{
    return n->type == DOM_ELEMENT && n->ns == NS_HTML && n->tag == TAG_UNKNOWN &&
           slice_eq_cstr(n->name, "selectedcontent");
}

static bool spend(html_tree *t)
{
    if (t->selectedcontent_work >= SELECTEDCONTENT_BUDGET)
        return false;
    t->selectedcontent_work++;
    return true;
}

static dom_node *clone_shallow(html_tree *t, const dom_node *src)
{
    dom_node *n = dom_new_node(t->doc, (dom_type)src->type);
    if (!n) {
        html_tree_fail(t);
        return NULL;
    }
    n->ns = src->ns;
    n->tag = src->tag;
    n->name = src->name;
    if (src->type == DOM_ELEMENT) {
        n->u.el.attrs = src->u.el.attrs;
        n->u.el.attr_count = src->u.el.attr_count;
    } else if (src->type == DOM_TEXT || src->type == DOM_COMMENT) {
        n->u.text = src->u.text;
    }
    return n;
}

/* Appends to `to` a deep copy of the children of `from`, without
 * recursion.  `to` must not be inside `from`. */
static void copy_children(html_tree *t, const dom_node *from, dom_node *to)
{
    const dom_node *src = from->first_child;
    dom_node *dst_parent = to;
    while (src && spend(t)) {
        dom_node *copy = clone_shallow(t, src);
        if (!copy)
            return;
        dom_append(dst_parent, copy);
        if (src->first_child) {
            src = src->first_child;
            dst_parent = copy;
            continue;
        }
        while (src && !src->next) {
            src = src->parent;
            if (src == from)
                return;
            dst_parent = dst_parent->parent;
        }
        if (src)
            src = src->next;
    }
}

void html_tree_option_popped(html_tree *t, dom_node *option)
{
    dom_node *select = option->parent;
    while (select && !dom_is(select, TAG_SELECT)) {
        if (!spend(t))
            return;
        select = select->parent;
    }
    if (!select || dom_attr_find(select, "multiple"))
        return;
    dom_node *sc = NULL, *first = NULL, *last_selected = NULL;
    for (dom_node *n = select->first_child; n; n = dom_next(select, n)) {
        if (!spend(t))
            return;
        if (!sc && is_selectedcontent(n))
            sc = n;
        if (dom_is(n, TAG_OPTION)) {
            if (!first)
                first = n;
            if (dom_attr_find(n, "selected"))
                last_selected = n;
        }
    }
    dom_node *selected = last_selected ? last_selected : first;
    if (!sc || selected != option)
        return;
    /* Clone a snapshot into a detached fragment first: the
     * <selectedcontent> may sit inside the option itself, and copying
     * straight into it would walk into its own output. */
    dom_node *snapshot = dom_new_node(t->doc, DOM_FRAGMENT);
    if (!snapshot) {
        html_tree_fail(t);
        return;
    }
    copy_children(t, option, snapshot);
    while (sc->first_child)
        dom_remove(sc->first_child);
    dom_move_children(snapshot, sc);
}

void html_tree_note_element(html_tree *t, const dom_node *el)
{
    if (is_selectedcontent(el))
        t->saw_selectedcontent = true;
}
