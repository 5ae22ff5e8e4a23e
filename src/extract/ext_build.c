/* ext_build.c - the clean article tree: a copy of the chosen subtree with
 * only the article elements (p, h1-h6, lists, tables, quotes, code,
 * figures, links and inline emphasis), everything else unwrapped, loose
 * text wrapped in <p>, text copied into the output arena, links and image
 * sources resolved against the base URL.
 *
 * The walk is iterative: an explicit stack records, for every source
 * element entered, the output parent to return to when it is left. */
#include "ext_internal.h"

#include "../core/ascii.h"
#include "../core/url.h"

typedef enum kind {
    K_SKIP,       /* not content: skip the subtree */
    K_BLOCK,      /* an article block element, copied */
    K_CONTAINER,  /* a block wrapper (div, section...): unwrapped, breaks paragraphs */
    K_INLINE,     /* inline element copied (a, em, strong...) */
    K_TRANSPARENT,/* inline wrapper (span, font...): unwrapped */
    K_VOID,       /* br, hr, img: copied, no children */
} kind;

typedef struct frame {
    const dom_node *src;
    dom_node *cur;
} frame;

typedef struct builder {
    ext_ctx *c;
    dom_document *tree;
    dom_node *cur;   /* output parent */
    dom_node *para;  /* implicit <p> opened for loose text, or NULL */
    bool comments;
    bool failed;
} builder;

static kind classify(const builder *b, const dom_node *n)
{
    const ext_options *o = b->c->opt;
    if (n->ns != NS_HTML)
        return K_SKIP;
    switch (n->tag) {
    case TAG_P: case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
    case TAG_UL: case TAG_OL: case TAG_LI: case TAG_DL: case TAG_DT: case TAG_DD:
    case TAG_BLOCKQUOTE: case TAG_PRE: case TAG_FIGURE: case TAG_FIGCAPTION:
        return K_BLOCK;
    case TAG_TABLE:
        return o->tables ? K_BLOCK : K_SKIP;
    case TAG_THEAD: case TAG_TBODY: case TAG_TFOOT: case TAG_TR: case TAG_TH: case TAG_TD:
    case TAG_CAPTION:
        return K_BLOCK;
    case TAG_A:
        return o->links ? K_INLINE : K_TRANSPARENT;
    case TAG_EM: case TAG_STRONG: case TAG_B: case TAG_I: case TAG_SUB: case TAG_SUP:
    case TAG_CODE:
        return K_INLINE;
    case TAG_BR: case TAG_HR:
        return K_VOID;
    case TAG_IMG:
        return o->images ? K_VOID : K_SKIP;
    case TAG_PICTURE:
        return o->images ? K_TRANSPARENT : K_SKIP;
    default:
        return ext_tag_is_block(n->tag) ? K_CONTAINER : K_TRANSPARENT;
    }
}

static bool accepts_inline(const dom_node *o)
{
    if (o->type != DOM_ELEMENT)
        return false;
    switch (o->tag) {
    case TAG_P: case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
    case TAG_LI: case TAG_DT: case TAG_DD: case TAG_TD: case TAG_TH: case TAG_CAPTION:
    case TAG_FIGCAPTION: case TAG_PRE: case TAG_A: case TAG_EM: case TAG_STRONG: case TAG_B:
    case TAG_I: case TAG_SUB: case TAG_SUP: case TAG_CODE:
        return true;
    default:
        return false;
    }
}

static bool is_inline_out(const dom_node *o)
{
    return o->type == DOM_ELEMENT &&
           (o->tag == TAG_A || o->tag == TAG_EM || o->tag == TAG_STRONG || o->tag == TAG_B ||
            o->tag == TAG_I || o->tag == TAG_SUB || o->tag == TAG_SUP || o->tag == TAG_CODE);
}

static dom_node *new_el(builder *b, tag_id t)
{
    dom_node *e = dom_new_element(b->tree, NS_HTML, t, slice_make(tag_name(t), tag_name_len(t)));
    if (!e)
        b->failed = true;
    return e;
}

static void set_attr(builder *b, dom_node *e, const char *name, slice v)
{
    dom_attr *old = e->u.el.attrs;
    dom_attr *na = arena_alloc(b->tree->arena, (e->u.el.attr_count + 1) * sizeof *na);
    slice vv = arena_slice_dup(b->tree->arena, v);
    if (!na || !vv.ptr) {
        b->failed = true;
        return;
    }
    if (e->u.el.attr_count)
        memcpy(na, old, e->u.el.attr_count * sizeof *na);
    na[e->u.el.attr_count++] = (dom_attr){ slice_make(name, strlen(name)), vv, ATTR_NS_NONE };
    e->u.el.attrs = na;
}

/* Where inline content goes: the current element when it takes inline
 * content, else an implicit <p> under it. */
static dom_node *inline_target(builder *b)
{
    if (accepts_inline(b->cur))
        return b->cur;
    if (b->para && b->para->parent == b->cur)
        return b->para;
    dom_node *p = new_el(b, TAG_P);
    if (!p)
        return NULL;
    dom_append(b->cur, p);
    b->para = p;
    return p;
}

/* A block cannot sit inside an inline element or a paragraph. */
static dom_node *block_parent(builder *b, tag_id t)
{
    dom_node *o = b->cur;
    while (o->parent && (is_inline_out(o) || ext_is_el(o, TAG_P) || ext_tag_is_heading(o->tag)))
        o = o->parent;
    (void)t;
    return o;
}

static void copy_attrs(builder *b, const dom_node *n, dom_node *e)
{
    ext_ctx *c = b->c;
    if (n->tag == TAG_A) {
        slice h = dom_attr_value(n, "href");
        if (h.len)
            set_attr(b, e, "href", url_resolve(c->out, c->opt->base_url, h));
    } else if (n->tag == TAG_IMG) {
        static const char *const srcs[] = { "data-src", "data-lazy-src", "data-original", "src", NULL };
        for (int i = 0; srcs[i]; i++) {
            slice s = slice_trim(dom_attr_value(n, srcs[i]));
            if (s.len && !slice_starts_with_nocase(s, "data:")) {
                set_attr(b, e, "src", url_resolve(c->out, c->opt->base_url, s));
                break;
            }
        }
        slice alt = dom_attr_value(n, "alt");
        if (alt.len)
            set_attr(b, e, "alt", alt);
    } else if (n->tag == TAG_TD || n->tag == TAG_TH) {
        slice s = dom_attr_value(n, "colspan");
        if (s.len)
            set_attr(b, e, "colspan", s);
    } else if (n->tag == TAG_OL) {
        slice s = dom_attr_value(n, "start");
        if (s.len)
            set_attr(b, e, "start", s);
    }
}

static bool only_space(slice t)
{
    for (size_t i = 0; i < t.len; i++)
        if (!ascii_is_space((unsigned char)t.ptr[i]))
            return false;
    return true;
}

static void add_text(builder *b, slice t)
{
    if (only_space(t) && !accepts_inline(b->cur) && !(b->para && b->para->parent == b->cur))
        return;
    dom_node *target = inline_target(b);
    if (!target)
        return;
    slice copy = arena_slice_dup(b->tree->arena, t);
    dom_node *tn = copy.ptr ? dom_new_text(b->tree, copy) : NULL;
    if (!tn) {
        b->failed = true;
        return;
    }
    dom_append(target, tn);
}

static bool skipped(const builder *b, const dom_node *n)
{
    const ext_info *in = ext_inf(b->c, n);
    if (in->flags & (EXT_DROP | EXT_PRUNED | EXT_HEADLINE | EXT_LISTED))
        return true;
    return false;
}

/* Enters an element; returns true when its children are to be visited. */
static bool enter(builder *b, const dom_node *n)
{
    kind k = classify(b, n);
    dom_node *e;
    switch (k) {
    case K_SKIP:
        return false;
    case K_BLOCK:
        b->para = NULL;
        if (!(e = new_el(b, (tag_id)n->tag)))
            return false;
        copy_attrs(b, n, e);
        dom_append(block_parent(b, (tag_id)n->tag), e);
        b->cur = e;
        return true;
    case K_CONTAINER:
        b->para = NULL;
        return true;
    case K_INLINE: {
        dom_node *t = inline_target(b);
        if (!t || !(e = new_el(b, (tag_id)n->tag)))
            return false;
        copy_attrs(b, n, e);
        dom_append(t, e);
        b->cur = e;
        return true;
    }
    case K_TRANSPARENT:
        return true;
    case K_VOID:
        if (n->tag == TAG_HR) {
            b->para = NULL;
            if ((e = new_el(b, TAG_HR)))
                dom_append(block_parent(b, TAG_HR), e);
            return false;
        }
        if (n->tag == TAG_IMG && !dom_attr_find(n, "src") && !dom_attr_find(n, "data-src"))
            return false;
        {
            dom_node *t = inline_target(b);
            if (t && (e = new_el(b, (tag_id)n->tag))) {
                copy_attrs(b, n, e);
                dom_append(t, e);
            }
        }
        return false;
    }
    return false;
}

static void leave(builder *b, const dom_node *n, dom_node *saved)
{
    kind k = classify(b, n);
    b->cur = saved;
    if (k == K_BLOCK || k == K_CONTAINER)
        b->para = NULL;
}

/* Removes elements left without content (empty paragraphs, links around
 * dropped images), innermost first. */
static void drop_empty(ext_ctx *c, dom_node *root)
{
    size_t n = 0, cap = 256;
    dom_node **all = arena_alloc(c->scratch, cap * sizeof *all);
    for (dom_node *x = root->first_child ? root->first_child : NULL; x; x = dom_next(root, x)) {
        if (n == cap) {
            dom_node **g = arena_realloc(c->scratch, all, cap * sizeof *all, 2 * cap * sizeof *all);
            if (!g)
                return;
            all = g;
            cap *= 2;
        }
        if (!all)
            return;
        all[n++] = x;
    }
    while (n--) {
        dom_node *x = all[n];
        if (x->type == DOM_TEXT) {
            continue;
        }
        if (x->type != DOM_ELEMENT || x->tag == TAG_IMG || x->tag == TAG_BR || x->tag == TAG_HR ||
            x->tag == TAG_TD || x->tag == TAG_TH)
            continue;
        bool empty = true;
        for (dom_node *k = x->first_child; k && empty; k = k->next)
            if (k->type == DOM_ELEMENT ? k->tag != TAG_BR : !only_space(k->u.text))
                empty = false;
        if (empty)
            dom_remove(x);
    }
}

/* Hash of a subtree's text without whitespace, and its length. */
static uint64_t text_hash(const dom_node *root, size_t *len)
{
    uint64_t h = 1469598103934665603ull;
    size_t n = 0;
    for (const dom_node *x = root; x; x = dom_next(root, x)) {
        if (x->type != DOM_TEXT)
            continue;
        for (size_t i = 0; i < x->u.text.len; i++) {
            unsigned char ch = (unsigned char)x->u.text.ptr[i];
            if (ascii_is_space(ch))
                continue;
            h = (h ^ ch) * 1099511628211ull;
            n++;
        }
    }
    *len = n;
    return h;
}

static bool dedup_tag(const dom_node *x)
{
    return x->type == DOM_ELEMENT &&
           (x->tag == TAG_P || ext_tag_is_heading(x->tag) || x->tag == TAG_LI || x->tag == TAG_DD ||
            x->tag == TAG_BLOCKQUOTE || x->tag == TAG_PRE || x->tag == TAG_FIGCAPTION ||
            x->tag == TAG_TABLE || x->tag == TAG_UL || x->tag == TAG_OL || x->tag == TAG_DL);
}

/* Pages repeat blocks for other screen sizes or tabs (a product
 * description three times): a block whose text already appeared is
 * dropped.  Short ones ("Share", "Yes") may repeat. */
static void drop_repeats(ext_ctx *c, dom_node *root)
{
    enum { MIN_REPEAT_CHARS = 40 };
    size_t cap = 1024;
    uint64_t *seen = arena_calloc(c->scratch, cap, sizeof *seen);
    size_t used = 0;
    if (!seen)
        return;
    for (dom_node *x = root->first_child ? root->first_child : NULL; x;) {
        if (!dedup_tag(x)) {
            x = dom_next(root, x);
            continue;
        }
        size_t len;
        uint64_t h = text_hash(x, &len) | 1u;
        dom_node *next = dom_next_skip(root, x);
        if (len >= MIN_REPEAT_CHARS) {
            size_t i = (size_t)(h % cap);
            while (seen[i] && seen[i] != h)
                i = (i + 1) % cap;
            if (seen[i] == h) {
                dom_remove(x);
                x = next;
                continue;
            }
            if (used * 2 < cap) {
                seen[i] = h;
                used++;
            }
        }
        /* Only outermost blocks compare: a list's only item has the
         * list's text. */
        x = next;
    }
}

/* Copies the subtree at `from` (the container itself unwrapped unless it
 * is an article block) under the builder's current output parent. */
static int build_from(builder *b, const dom_node *from, frame *stack)
{
    size_t sp = 0;
    const dom_node *n = from;
    bool first = true;
    while (n) {
        bool descend = false;
        if (n->type == DOM_TEXT) {
            add_text(b, n->u.text);
        } else if (n->type == DOM_ELEMENT && !skipped(b, n)) {
            dom_node *saved = b->cur;
            /* The container itself is unwrapped: the tree root takes its place. */
            descend = first && classify(b, n) != K_BLOCK ? true : enter(b, n);
            if (descend && n->first_child) {
                stack[sp++] = (frame){ n, saved };
                n = n->first_child;
                first = false;
                continue;
            }
            if (descend)
                leave(b, n, saved);
        }
        first = false;
        if (b->failed)
            return -1;
        /* Next sibling, leaving finished elements on the way up. */
        while (n != from && !n->next && sp) {
            frame f = stack[--sp];
            n = f.src;
            if (n != from)
                leave(b, n, f.cur);
        }
        if (n == from || !n->next)
            break;
        n = n->next;
    }
    b->para = NULL;
    return b->failed ? -1 : 0;
}

int ext_build_tree(ext_ctx *c, const dom_node *from, dom_document *tree, bool comments)
{
    builder b = { .c = c, .tree = tree, .comments = comments };
    b.cur = tree->root;
    if (!from)
        return 0;
    frame *stack = arena_alloc(c->scratch, ((size_t)c->max_depth + 2) * sizeof *stack);
    if (!stack)
        return -1;
    /* The article's lead, found outside the winner, opens the text. */
    for (int i = 0; !comments && from == c->winner && i < c->leads; i++)
        if (build_from(&b, c->lead[i], stack) < 0)
            return -1;
    if (build_from(&b, from, stack) < 0)
        return -1;
    drop_empty(c, tree->root);
    /* Articles may repeat a paragraph on purpose; shop and service
     * templates repeat blocks for other layouts. */
    if (c->type != PAGE_ARTICLE)
        drop_repeats(c, tree->root);
    return b.failed ? -1 : 0;
}
