/* tree_formatting.c - the list of active formatting elements (HTML Standard
 * 13.2.4.3): push with the Noah's Ark clause, markers, "reconstruct the
 * active formatting elements", and the adoption agency algorithm
 * (13.2.6.4.7, "in body", any other end tag of a formatting element).
 *
 * Elements are re-created ("create an element for the token for which the
 * element was created") by cloning the element itself: attributes never
 * change after creation, so the element carries its token's data; clones
 * share the attribute array.
 *
 * Costs stay linear: membership in the stack and in the list is a per-node
 * flag; the list holds at most HTML_TREE_MAX_FORMATTING entries after its
 * last marker; the adoption agency's loops have the standard's limits (8
 * outer, and formatting elements dropped after 3 inner iterations). */
#include <string.h>

#include "tree.h"

/* Attribute lists compared as sets.  Same order is the usual case and
 * costs one pass; lists in different orders are compared pairwise only
 * when short, so elements with thousands of attributes cannot make each
 * push onto the list quadratic (long lists in different orders count as
 * different: the Noah's Ark clause then keeps a few more of them). */
#define ATTRS_PAIRWISE_MAX 16

static bool attrs_equal(const dom_node *a, const dom_node *b)
{
    uint32_t n = a->u.el.attr_count;
    if (n != b->u.el.attr_count)
        return false;
    const dom_attr *x = a->u.el.attrs, *y = b->u.el.attrs;
    if (x == y)
        return true;
    uint32_t i = 0;
    while (i < n && x[i].ns == y[i].ns && slice_eq(x[i].name, y[i].name)) {
        if (!slice_eq(x[i].value, y[i].value))
            return false;
        i++;
    }
    if (i == n)
        return true;
    if (n > ATTRS_PAIRWISE_MAX)
        return false;
    for (; i < n; i++) {
        bool found = false;
        for (uint32_t j = 0; j < n; j++) {
            if (x[i].ns == y[j].ns && slice_eq(x[i].name, y[j].name)) {
                found = slice_eq(x[i].value, y[j].value);
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

static bool same_element_kind(const dom_node *a, const dom_node *b)
{
    return a->ns == b->ns && a->tag == b->tag && slice_eq(a->name, b->name) && attrs_equal(a, b);
}

static void afe_remove_at(html_tree *t, size_t i)
{
    dom_node *n = t->afe[i];
    if (n)
        html_tree_set_node_flag(t, n, NODE_IN_AFE, false);
    memmove(t->afe + i, t->afe + i + 1, (t->afe_len - i - 1) * sizeof *t->afe);
    t->afe_len--;
}

static void afe_insert_at(html_tree *t, size_t i, dom_node *n)
{
    if (!html_tree_grow(t, (void **)&t->afe, &t->afe_cap, t->afe_len + 1, sizeof *t->afe))
        return;
    if (i > t->afe_len)
        i = t->afe_len;
    memmove(t->afe + i + 1, t->afe + i, (t->afe_len - i) * sizeof *t->afe);
    t->afe[i] = n;
    t->afe_len++;
    if (n)
        html_tree_set_node_flag(t, n, NODE_IN_AFE, true);
}

static long afe_index(const html_tree *t, const dom_node *n)
{
    if (!html_tree_node_flag(t, n, NODE_IN_AFE))
        return -1;
    for (size_t i = t->afe_len; i-- > 0;)
        if (t->afe[i] == n)
            return (long)i;
    return -1;
}

void html_tree_afe_push(html_tree *t, dom_node *el)
{
    size_t count = 0, since_marker = 0;
    size_t earliest = 0;
    size_t i = t->afe_len;
    while (i-- > 0 && t->afe[i]) {
        since_marker++;
        if (same_element_kind(t->afe[i], el)) {
            count++;
            earliest = i;
        }
    }
    if (count >= 3)
        afe_remove_at(t, earliest);
    else if (since_marker >= HTML_TREE_MAX_FORMATTING)
        afe_remove_at(t, t->afe_len - since_marker);
    afe_insert_at(t, t->afe_len, el);
}

void html_tree_afe_push_marker(html_tree *t)
{
    afe_insert_at(t, t->afe_len, NULL);
}

void html_tree_afe_clear_to_marker(html_tree *t)
{
    while (t->afe_len) {
        dom_node *n = t->afe[--t->afe_len];
        if (!n)
            return;
        html_tree_set_node_flag(t, n, NODE_IN_AFE, false);
    }
}

void html_tree_afe_remove(html_tree *t, dom_node *el)
{
    long i = afe_index(t, el);
    if (i >= 0)
        afe_remove_at(t, (size_t)i);
}

dom_node *html_tree_afe_find(const html_tree *t, tag_id tag)
{
    for (size_t i = t->afe_len; i-- > 0;) {
        dom_node *n = t->afe[i];
        if (!n)
            return NULL;
        if (n->tag == tag && n->ns == NS_HTML)
            return n;
    }
    return NULL;
}

/* The clone shares the attribute array: attributes never change after an
 * element is created (merging into <html>/<body> makes a new array), and
 * sharing keeps re-created formatting elements from multiplying memory. */
static dom_node *clone_element(html_tree *t, const dom_node *src)
{
    dom_node *el = dom_new_element(t->doc, (dom_ns)src->ns, (tag_id)src->tag, src->name);
    if (!el) {
        html_tree_fail(t);
        return NULL;
    }
    el->u.el.attrs = src->u.el.attrs;
    el->u.el.attr_count = src->u.el.attr_count;
    return el;
}

void html_tree_reconstruct_formatting(html_tree *t)
{
    if (!t->afe_len)
        return;
    dom_node *last = t->afe[t->afe_len - 1];
    if (!last || html_tree_in_stack(t, last))
        return;
    size_t i = t->afe_len - 1;
    while (i > 0) {
        dom_node *e = t->afe[i - 1];
        if (!e || html_tree_in_stack(t, e))
            break;
        i--;
    }
    for (; i < t->afe_len && !t->err; i++) {
        dom_node *old = t->afe[i];
        dom_node *el = clone_element(t, old);
        if (!el)
            return;
        html_tree_insert_node_element(t, el);
        html_tree_set_node_flag(t, old, NODE_IN_AFE, false);
        t->afe[i] = el;
        html_tree_set_node_flag(t, el, NODE_IN_AFE, true);
    }
}

bool html_tree_adoption_agency(html_tree *t, const html_token *tk)
{
    tag_id subject = (tag_id)tk->tag;
    dom_node *cur = html_tree_current(t);
    if (cur && cur->ns == NS_HTML && cur->tag == subject && afe_index(t, cur) < 0) {
        html_tree_pop(t);
        return true;
    }
    for (int outer = 0; outer < 8; outer++) {
        dom_node *fe = html_tree_afe_find(t, subject);
        if (!fe)
            return false;
        long fe_si = html_tree_stack_index(t, fe);
        if (fe_si < 0) {
            html_tree_error(t);
            html_tree_afe_remove(t, fe);
            return true;
        }
        if (!html_tree_has_node_in_scope(t, fe, SCOPE_DEFAULT)) {
            html_tree_error(t);
            return true;
        }
        if (fe != html_tree_current(t))
            html_tree_error(t);
        long fb_si = -1;
        for (size_t i = (size_t)fe_si + 1; i < t->depth; i++) {
            if (html_tree_is_special(t->stack[i])) {
                fb_si = (long)i;
                break;
            }
        }
        if (fb_si < 0) {
            while (t->depth > (size_t)fe_si)
                html_tree_pop(t);
            html_tree_afe_remove(t, fe);
            return true;
        }
        dom_node *fb = t->stack[fb_si];
        dom_node *common = t->stack[fe_si - 1 >= 0 ? fe_si - 1 : 0];
        long bookmark = afe_index(t, fe);
        dom_node *last = fb;
        long ni = fb_si;
        for (int inner = 1;; inner++) {
            ni--;
            if (ni < 0)
                break;
            dom_node *node = t->stack[ni];
            if (node == fe)
                break;
            long ai = afe_index(t, node);
            if (inner > 3 && ai >= 0) {
                afe_remove_at(t, (size_t)ai);
                if (ai < bookmark)
                    bookmark--;
                ai = -1;
            }
            if (ai < 0) {
                html_tree_stack_remove(t, node);
                continue;
            }
            dom_node *el = clone_element(t, node);
            if (!el)
                return true;
            html_tree_set_node_flag(t, node, NODE_IN_AFE, false);
            t->afe[ai] = el;
            html_tree_set_node_flag(t, el, NODE_IN_AFE, true);
            html_tree_set_node_flag(t, node, NODE_IN_STACK, false);
            t->stack[ni] = el;
            html_tree_set_node_flag(t, el, NODE_IN_STACK, true);
            node = el;
            if (last == fb)
                bookmark = ai + 1;
            dom_remove(last);
            dom_append(node, last);
            last = node;
        }
        dom_remove(last);
        html_tree_place_node(t, html_tree_appropriate_place(t, common), last);
        dom_node *el = clone_element(t, fe);
        if (!el)
            return true;
        dom_move_children(fb, el);
        dom_append(fb, el);
        if (bookmark < 0)
            bookmark = 0;
        afe_insert_at(t, (size_t)bookmark, el);
        html_tree_afe_remove(t, fe);
        html_tree_stack_remove(t, fe);
        long fbi = html_tree_stack_index(t, fb);
        html_tree_stack_insert_at(t, fbi < 0 ? t->depth : (size_t)fbi + 1, el);
    }
    return true;
}
