/* tree_insert.c - creating and inserting nodes (HTML Standard 13.2.6.1):
 * the appropriate place for inserting a node (with foster parenting and
 * template contents), creating an element for a token, inserting
 * elements, characters and comments, and the depth cap.
 *
 * Strings: a token's slices die with the token, so whatever the tree keeps
 * is copied into the arena, unless it points into the input buffer, which
 * outlives the document.  Adjacent characters coalesce into one text node;
 * the text node being appended to owns a buffer that grows by doubling, so
 * a text node built from many small runs costs linear time.
 *
 * Depth cap: when the stack of open elements is max_depth deep, the
 * current node is popped before a new element is inserted, so the new
 * element becomes a sibling of what would have been its parent (Blink
 * keeps its DOM at most 512 deep the same way).  The stack stays a chain of
 * ancestors, and every walk down the stack is bounded by the cap.  The
 * html, head, body and frameset elements are never popped so (the
 * insertion modes rely on them; they sit at the bottom of the stack
 * anyway); a template is closed as by </template>, so its insertion mode
 * goes too.  Template contents therefore count toward the depth. */
#include <string.h>

#include "pith.h"
#include "tree.h"

slice html_tree_keep(html_tree *t, slice s)
{
    if (s.len == 0)
        return SLICE_EMPTY;
    if (s.ptr >= t->input && s.ptr + s.len <= t->input + t->input_len)
        return s;
    char *p = arena_alloc(t->a, s.len);
    if (!p) {
        html_tree_fail(t);
        return SLICE_EMPTY;
    }
    memcpy(p, s.ptr, s.len);
    return slice_make(p, s.len);
}

static bool is_table_family(const dom_node *n)
{
    if (n->ns != NS_HTML)
        return false;
    switch (n->tag) {
    case TAG_TABLE: case TAG_TBODY: case TAG_TFOOT: case TAG_THEAD: case TAG_TR:
        return true;
    default:
        return false;
    }
}

html_place html_tree_appropriate_place(html_tree *t, dom_node *override)
{
    dom_node *target = override ? override : html_tree_current(t);
    html_place p = { target, NULL };
    if (t->foster_parenting && is_table_family(target)) {
        long last_template = -1, last_table = -1;
        if (t->tag_count[TAG_TEMPLATE] || t->tag_count[TAG_TABLE]) {
            for (size_t i = t->depth; i-- > 0;) {
                dom_node *n = t->stack[i];
                if (n->ns != NS_HTML)
                    continue;
                if (n->tag == TAG_TEMPLATE && last_template < 0)
                    last_template = (long)i;
                if (n->tag == TAG_TABLE && last_table < 0)
                    last_table = (long)i;
                if (last_template >= 0 && last_table >= 0)
                    break;
            }
        }
        if (last_template >= 0 && (last_table < 0 || last_template > last_table)) {
            p.parent = t->stack[last_template]->u.el.content;
        } else if (last_table < 0) {
            p.parent = t->stack[0];
        } else {
            dom_node *table = t->stack[last_table];
            if (table->parent) {
                p.parent = table->parent;
                p.before = table;
            } else {
                p.parent = t->stack[last_table - 1 >= 0 ? last_table - 1 : 0];
            }
        }
    }
    if (p.parent && p.parent->type == DOM_ELEMENT && dom_is(p.parent, TAG_TEMPLATE) &&
        p.parent->u.el.content) {
        p.parent = p.parent->u.el.content;
        p.before = NULL;
    }
    return p;
}

void html_tree_place_node(html_tree *t, html_place p, dom_node *n)
{
    (void)t;
    if (!p.parent)
        return;
    dom_insert_before(p.parent, n, p.before);
}

static slice element_name(html_tree *t, const html_token *tk, dom_ns ns)
{
    if (ns == NS_SVG) {
        slice adj = html_tree_svg_tag_name(tk->name);
        if (adj.ptr)
            return adj;
    }
    if (tk->tag != TAG_UNKNOWN && tk->tag != TAG_FOREIGNOBJECT)
        return slice_make(tag_name((tag_id)tk->tag), tag_name_len((tag_id)tk->tag));
    return html_tree_keep(t, tk->name);
}

dom_node *html_tree_create_element(html_tree *t, const html_token *tk, dom_ns ns)
{
    dom_node *el = dom_new_element(t->doc, ns, (tag_id)tk->tag, element_name(t, tk, ns));
    if (!el) {
        html_tree_fail(t);
        return NULL;
    }
    if (tk->attr_count) {
        dom_attr *attrs = arena_alloc(t->a, tk->attr_count * sizeof *attrs);
        if (!attrs) {
            html_tree_fail(t);
            return NULL;
        }
        for (uint32_t i = 0; i < tk->attr_count; i++) {
            attrs[i].name = html_tree_keep(t, tk->attrs[i].name);
            attrs[i].value = html_tree_keep(t, tk->attrs[i].value);
            attrs[i].ns = ATTR_NS_NONE;
        }
        el->u.el.attrs = attrs;
        el->u.el.attr_count = tk->attr_count;
        if (ns != NS_HTML)
            html_tree_adjust_foreign_attrs(el);
    }
    if (ns == NS_HTML && tk->tag == TAG_UNKNOWN)
        html_tree_note_element(t, el);
    if (ns == NS_HTML && tk->tag == TAG_TEMPLATE) {
        el->u.el.content = dom_new_node(t->doc, DOM_FRAGMENT);
        if (!el->u.el.content) {
            html_tree_fail(t);
            return NULL;
        }
    }
    return el;
}

static bool protected_from_cap(const dom_node *n)
{
    if (n->ns != NS_HTML)
        return false;
    switch (n->tag) {
    case TAG_HTML: case TAG_HEAD: case TAG_BODY: case TAG_FRAMESET:
        return true;
    default:
        return false;
    }
}

static void enforce_depth_cap(html_tree *t)
{
    if (t->depth < t->max_depth)
        return;
    dom_node *top = html_tree_current(t);
    if (!top || protected_from_cap(top))
        return;
    if (dom_is(top, TAG_TEMPLATE)) {
        /* As if </template>: the template insertion modes and the
         * formatting list's marker go with it. */
        html_tree_pop(t);
        html_tree_afe_clear_to_marker(t);
        html_tree_tmode_pop(t);
        html_tree_reset_insertion_mode(t);
        return;
    }
    bool mode_relevant = is_table_family(top) || dom_is(top, TAG_TD) || dom_is(top, TAG_TH) ||
                         dom_is(top, TAG_CAPTION) || dom_is(top, TAG_COLGROUP);
    html_tree_pop(t);
    if (mode_relevant && t->mode != MODE_TEXT)
        html_tree_reset_insertion_mode(t);
}

void html_tree_insert_node_element(html_tree *t, dom_node *el)
{
    enforce_depth_cap(t);
    html_tree_place_node(t, html_tree_appropriate_place(t, NULL), el);
    html_tree_push(t, el);
}

dom_node *html_tree_insert_element(html_tree *t, const html_token *tk, dom_ns ns)
{
    dom_node *el = html_tree_create_element(t, tk, ns);
    if (!el)
        return NULL;
    html_tree_insert_node_element(t, el);
    return el;
}

dom_node *html_tree_insert_phantom(html_tree *t, tag_id tag)
{
    html_token tk = { .type = TOKEN_START_TAG, .tag = (uint16_t)tag };
    tk.name = slice_make(tag_name(tag), tag_name_len(tag));
    return html_tree_insert_element(t, &tk, NS_HTML);
}

/* Appends s to the text node n. */
static void append_text(html_tree *t, dom_node *n, slice s)
{
    slice cur = n->u.text;
    /* Both runs straight from the input and adjacent there: widen. */
    if (cur.ptr + cur.len == s.ptr && n != t->open_text && s.ptr >= t->input &&
        s.ptr + s.len <= t->input + t->input_len && cur.ptr >= t->input) {
        n->u.text.len += s.len;
        return;
    }
    if (n == t->open_text && cur.len + s.len <= t->open_text_cap) {
        memcpy((char *)cur.ptr + cur.len, s.ptr, s.len);
        n->u.text.len += s.len;
        return;
    }
    size_t need = cur.len + s.len;
    size_t cap = t->open_text == n ? t->open_text_cap * 2 : 64;
    while (cap < need)
        cap *= 2;
    char *p;
    if (n == t->open_text)
        p = arena_realloc(t->a, (void *)cur.ptr, t->open_text_cap, cap);
    else {
        p = arena_alloc(t->a, cap);
        if (p)
            memcpy(p, cur.ptr, cur.len);
    }
    if (!p) {
        html_tree_fail(t);
        return;
    }
    memcpy(p + cur.len, s.ptr, s.len);
    n->u.text = slice_make(p, need);
    t->open_text = n;
    t->open_text_cap = cap;
}

void html_tree_insert_text(html_tree *t, slice s)
{
    if (s.len == 0)
        return;
    html_place p = html_tree_appropriate_place(t, NULL);
    if (!p.parent || p.parent->type == DOM_DOCUMENT)
        return;
    dom_node *prev = p.before ? p.before->prev : p.parent->last_child;
    if (prev && prev->type == DOM_TEXT) {
        append_text(t, prev, s);
        return;
    }
    slice kept = html_tree_keep(t, s);
    if (t->err)
        return;
    dom_node *n = dom_new_text(t->doc, kept);
    if (!n) {
        html_tree_fail(t);
        return;
    }
    dom_insert_before(p.parent, n, p.before);
}

void html_tree_insert_comment(html_tree *t, const html_token *tk, dom_node *parent)
{
    html_place p = parent ? (html_place){ parent, NULL } : html_tree_appropriate_place(t, NULL);
    slice kept = html_tree_keep(t, tk->data);
    if (t->err)
        return;
    dom_node *n = dom_new_comment(t->doc, kept);
    if (!n) {
        html_tree_fail(t);
        return;
    }
    html_tree_place_node(t, p, n);
}

void html_tree_ack_self_closing(html_tree *t, const html_token *tk)
{
    (void)t, (void)tk; /* acknowledged: no parse error for void elements */
}

void html_tree_parse_text_element(html_tree *t, const html_token *tk, html_tok_state st)
{
    html_tree_insert_html(t, tk);
    html_tok_set_state(t->tok, st);
    t->original_mode = t->mode;
    t->mode = MODE_TEXT;
}
