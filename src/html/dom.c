/* dom.c - node creation, linking and iterative traversal. */
#include "dom.h"

#include "../core/buf.h"

dom_node *dom_new_node(dom_document *d, dom_type type)
{
    if (d->max_nodes && d->node_count >= d->max_nodes)
        return NULL;
    if (d->node_count == UINT32_MAX)
        return NULL;
    dom_node *n = arena_calloc(d->arena, 1, sizeof *n);
    if (!n)
        return NULL;
    n->type = (uint8_t)type;
    n->index = d->node_count++;
    return n;
}

dom_node *dom_new_element(dom_document *d, dom_ns ns, tag_id tag, slice name)
{
    dom_node *n = dom_new_node(d, DOM_ELEMENT);
    if (!n)
        return NULL;
    n->ns = (uint8_t)ns;
    n->tag = (uint16_t)tag;
    n->name = name;
    return n;
}

dom_node *dom_new_text(dom_document *d, slice text)
{
    dom_node *n = dom_new_node(d, DOM_TEXT);
    if (n)
        n->u.text = text;
    return n;
}

dom_node *dom_new_comment(dom_document *d, slice text)
{
    dom_node *n = dom_new_node(d, DOM_COMMENT);
    if (n)
        n->u.text = text;
    return n;
}

void dom_append(dom_node *parent, dom_node *child)
{
    child->parent = parent;
    child->next = NULL;
    child->prev = parent->last_child;
    if (parent->last_child)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

void dom_insert_before(dom_node *parent, dom_node *child, dom_node *ref)
{
    if (!ref) {
        dom_append(parent, child);
        return;
    }
    child->parent = parent;
    child->next = ref;
    child->prev = ref->prev;
    if (ref->prev)
        ref->prev->next = child;
    else
        parent->first_child = child;
    ref->prev = child;
}

void dom_remove(dom_node *n)
{
    dom_node *p = n->parent;
    if (!p)
        return;
    if (n->prev)
        n->prev->next = n->next;
    else
        p->first_child = n->next;
    if (n->next)
        n->next->prev = n->prev;
    else
        p->last_child = n->prev;
    n->parent = n->prev = n->next = NULL;
}

void dom_move_children(dom_node *from, dom_node *to)
{
    dom_node *c = from->first_child;
    if (!c)
        return;
    for (dom_node *k = c; k; k = k->next)
        k->parent = to;
    if (to->last_child) {
        to->last_child->next = c;
        c->prev = to->last_child;
    } else {
        to->first_child = c;
    }
    to->last_child = from->last_child;
    from->first_child = from->last_child = NULL;
}

const dom_attr *dom_attr_find(const dom_node *el, const char *name)
{
    if (!el || el->type != DOM_ELEMENT)
        return NULL;
    /* Asked for every element by the readers, mostly to say no: names
     * are compared byte by byte (most differ in the first), without
     * measuring `name` each time.  Attribute names hold no NUL (the
     * tokenizer replaces it). */
    for (uint32_t i = 0; i < el->u.el.attr_count; i++) {
        const dom_attr *a = &el->u.el.attrs[i];
        if (a->ns != ATTR_NS_NONE)
            continue;
        size_t k = 0;
        while (k < a->name.len && a->name.ptr[k] == name[k])
            k++;
        if (k == a->name.len && name[k] == '\0')
            return a;
    }
    return NULL;
}

slice dom_attr_value(const dom_node *el, const char *name)
{
    const dom_attr *a = dom_attr_find(el, name);
    return a ? a->value : slice_make(NULL, 0);
}

dom_node *dom_next_skip(const dom_node *root, const dom_node *n)
{
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

dom_node *dom_next(const dom_node *root, const dom_node *n)
{
    if (n->first_child)
        return n->first_child;
    return dom_next_skip(root, n);
}

void dom_text_content(const dom_node *root, buf *out)
{
    for (const dom_node *n = root; n; n = dom_next(root, n))
        if (n->type == DOM_TEXT)
            buf_append_slice(out, n->u.text);
}
