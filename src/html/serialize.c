/* serialize.c - writing a tree back out: as HTML (HTML Standard 13.3,
 * "Serializing HTML fragments") and in the html5lib tree-construction test
 * format.  Both walk the tree without recursion; a small explicit stack
 * remembers the <template> elements whose contents are being written,
 * since a template's contents (a DOM_FRAGMENT) have no parent link back to
 * the template. */
#include "serialize.h"

#include <stdlib.h>
#include <string.h>

/* ---- iterative walk with enter/leave events ---- */

typedef struct walker {
    const dom_node *root; /* the walk never leaves root's subtree */
    const dom_node **templates;
    size_t tlen, tcap;
    bool failed;
} walker;

static const dom_node *template_content(const dom_node *n)
{
    if (n->type == DOM_ELEMENT && n->ns == NS_HTML && n->tag == TAG_TEMPLATE)
        return n->u.el.content;
    return NULL;
}

/* First child to visit: a template's contents come first. */
static const dom_node *first_child(walker *w, const dom_node *n)
{
    const dom_node *c = template_content(n);
    if (c && c->first_child) {
        if (w->tlen == w->tcap) {
            size_t cap = w->tcap ? w->tcap * 2 : 8;
            const dom_node **p = realloc(w->templates, cap * sizeof *p);
            if (!p) {
                w->failed = true;
                return n->first_child;
            }
            w->templates = p;
            w->tcap = cap;
        }
        w->templates[w->tlen++] = n;
        return c->first_child;
    }
    return n->first_child;
}

/* The node to return to after the last child of n's parent. */
static const dom_node *parent_of(walker *w, const dom_node *n)
{
    const dom_node *p = n->parent;
    if (p && p->type == DOM_FRAGMENT && p != w->root && w->tlen &&
        w->templates[w->tlen - 1]->u.el.content == p)
        return w->templates[--w->tlen];
    return p;
}

typedef void (*visit_fn)(void *ctx, const dom_node *n, int depth, bool leaving);

static bool is_void_html(const dom_node *n);

/* Visits root's descendants (not root itself) in document order. */
static void walk(const dom_node *root, visit_fn visit, void *ctx, bool skip_void_children)
{
    walker w = { .root = root };
    const dom_node *cur = first_child(&w, root);
    int depth = 0;
    while (cur) {
        visit(ctx, cur, depth, false);
        const dom_node *child =
            (skip_void_children && is_void_html(cur)) ? NULL : first_child(&w, cur);
        if (child) {
            cur = child;
            depth++;
            continue;
        }
        visit(ctx, cur, depth, true);
        for (;;) {
            if (cur->next) {
                cur = cur->next;
                break;
            }
            const dom_node *p = parent_of(&w, cur);
            if (!p || p == root) {
                cur = NULL;
                break;
            }
            cur = p;
            depth--;
            visit(ctx, cur, depth, true);
        }
    }
    free(w.templates);
}

/* ---- html5lib test format ---- */

static void indent(buf *out, int depth)
{
    buf_puts(out, "| ");
    for (int i = 0; i < depth; i++)
        buf_puts(out, "  ");
}

static const char *attr_prefix(const dom_attr *a)
{
    switch (a->ns) {
    case ATTR_NS_XLINK: return "xlink ";
    case ATTR_NS_XML: return "xml ";
    case ATTR_NS_XMLNS: return "xmlns ";
    default: return "";
    }
}

static int attr_cmp(const dom_attr *a, const dom_attr *b)
{
    const char *pa = attr_prefix(a), *pb = attr_prefix(b);
    /* Compare prefix+name as one string. */
    size_t la = strlen(pa), lb = strlen(pb);
    size_t na = la + a->name.len, nb = lb + b->name.len;
    for (size_t i = 0; i < na && i < nb; i++) {
        unsigned char ca = (unsigned char)(i < la ? pa[i] : a->name.ptr[i - la]);
        unsigned char cb = (unsigned char)(i < lb ? pb[i] : b->name.ptr[i - lb]);
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return na < nb ? -1 : na > nb;
}

static void dump_attrs(buf *out, const dom_node *n, int depth)
{
    uint32_t count = n->u.el.attr_count;
    if (!count)
        return;
    const dom_attr *small[32];
    const dom_attr **order = count <= 32 ? small : malloc(count * sizeof *order);
    if (!order) {
        out->failed = true;
        return;
    }
    for (uint32_t i = 0; i < count; i++) {
        const dom_attr *a = &n->u.el.attrs[i];
        uint32_t j = i;
        while (j > 0 && attr_cmp(order[j - 1], a) > 0) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = a;
    }
    for (uint32_t i = 0; i < count; i++) {
        indent(out, depth);
        buf_puts(out, attr_prefix(order[i]));
        buf_append_slice(out, order[i]->name);
        buf_puts(out, "=\"");
        buf_append_slice(out, order[i]->value);
        buf_puts(out, "\"\n");
    }
    if (order != small)
        free(order);
}

static void dump_visit(void *ctx, const dom_node *n, int depth, bool leaving)
{
    buf *out = ctx;
    if (leaving)
        return;
    if (n->type != DOM_DOCTYPE && n->type != DOM_ELEMENT && n->type != DOM_TEXT &&
        n->type != DOM_COMMENT)
        return;
    indent(out, depth);
    switch (n->type) {
    case DOM_DOCTYPE: {
        const dom_doctype *dt = n->u.doctype;
        buf_puts(out, "<!DOCTYPE ");
        buf_append_slice(out, dt->name);
        if (dt->has_public_id || dt->has_system_id) {
            buf_puts(out, " \"");
            buf_append_slice(out, dt->public_id);
            buf_puts(out, "\" \"");
            buf_append_slice(out, dt->system_id);
            buf_puts(out, "\"");
        }
        buf_puts(out, ">\n");
        break;
    }
    case DOM_ELEMENT:
        buf_putc(out, '<');
        if (n->ns == NS_SVG)
            buf_puts(out, "svg ");
        else if (n->ns == NS_MATHML)
            buf_puts(out, "math ");
        buf_append_slice(out, n->name);
        buf_puts(out, ">\n");
        dump_attrs(out, n, depth + 1);
        break;
    case DOM_TEXT:
        buf_putc(out, '"');
        buf_append_slice(out, n->u.text);
        buf_puts(out, "\"\n");
        break;
    case DOM_COMMENT:
        buf_puts(out, "<!-- ");
        buf_append_slice(out, n->u.text);
        buf_puts(out, " -->\n");
        break;
    default:
        break;
    }
}

/* The dump needs template contents two levels down (under "content"),
 * so it walks with its own depth bookkeeping. */
typedef struct dump_ctx {
    buf *out;
    int extra; /* added depth from enclosing template contents */
    const dom_node **tmpl;
    size_t tlen, tcap;
} dump_ctx;

static void dump_visit2(void *vctx, const dom_node *n, int depth, bool leaving)
{
    dump_ctx *c = vctx;
    /* Leaving a template whose contents were written: undo its extra. */
    if (leaving) {
        if (c->tlen && c->tmpl[c->tlen - 1] == n) {
            c->tlen--;
            c->extra--;
        }
        return;
    }
    dump_visit(c->out, n, depth + c->extra, false);
    if (template_content(n)) {
        indent(c->out, depth + c->extra + 1);
        buf_puts(c->out, "content\n");
        if (template_content(n)->first_child) {
            if (c->tlen == c->tcap) {
                size_t cap = c->tcap ? c->tcap * 2 : 8;
                const dom_node **p = realloc(c->tmpl, cap * sizeof *p);
                if (!p) {
                    c->out->failed = true;
                    return;
                }
                c->tmpl = p;
                c->tcap = cap;
            }
            c->tmpl[c->tlen++] = n;
            c->extra++;
        }
    }
}

void html_dump_test_format(const dom_node *root, buf *out)
{
    if (!root)
        return;
    dump_ctx c = { .out = out };
    walk(root, dump_visit2, &c, false);
    free(c.tmpl);
}

/* ---- HTML serialisation (13.3) ---- */

static bool is_void_html(const dom_node *n)
{
    if (n->type != DOM_ELEMENT || n->ns != NS_HTML)
        return false;
    switch (n->tag) {
    case TAG_AREA: case TAG_BASE: case TAG_BASEFONT: case TAG_BGSOUND: case TAG_BR: case TAG_COL:
    case TAG_EMBED: case TAG_FRAME: case TAG_HR: case TAG_IMG: case TAG_INPUT: case TAG_KEYGEN:
    case TAG_LINK: case TAG_META: case TAG_PARAM: case TAG_SOURCE: case TAG_TRACK: case TAG_WBR:
        return true;
    default:
        return false;
    }
}

static bool is_raw_text_parent(const dom_node *n)
{
    if (!n || n->type != DOM_ELEMENT || n->ns != NS_HTML)
        return false;
    switch (n->tag) {
    case TAG_STYLE: case TAG_SCRIPT: case TAG_XMP: case TAG_IFRAME: case TAG_NOEMBED:
    case TAG_NOFRAMES: case TAG_PLAINTEXT: case TAG_NOSCRIPT:
        return true;
    default:
        return false;
    }
}

static void escape(buf *out, slice s, bool attr)
{
    size_t start = 0;
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.ptr[i];
        const char *rep = NULL;
        size_t skip = 1;
        if (c == '&')
            rep = "&amp;";
        else if (c == '<')
            rep = "&lt;";
        else if (c == '>')
            rep = "&gt;";
        else if (c == '"' && attr)
            rep = "&quot;";
        else if (c == 0xC2 && i + 1 < s.len && (unsigned char)s.ptr[i + 1] == 0xA0) {
            rep = "&nbsp;";
            skip = 2;
        }
        if (rep) {
            buf_append(out, s.ptr + start, i - start);
            buf_puts(out, rep);
            i += skip - 1;
            start = i + 1;
        }
    }
    buf_append(out, s.ptr + start, s.len - start);
}

static void write_attr_name(buf *out, const dom_attr *a)
{
    switch (a->ns) {
    case ATTR_NS_XML: buf_puts(out, "xml:"); break;
    case ATTR_NS_XLINK: buf_puts(out, "xlink:"); break;
    case ATTR_NS_XMLNS:
        if (!slice_eq_cstr(a->name, "xmlns"))
            buf_puts(out, "xmlns:");
        break;
    default: break;
    }
    buf_append_slice(out, a->name);
}

static void html_visit(void *ctx, const dom_node *n, int depth, bool leaving)
{
    buf *out = ctx;
    (void)depth;
    switch (n->type) {
    case DOM_ELEMENT:
        if (!leaving) {
            buf_putc(out, '<');
            buf_append_slice(out, n->name);
            for (uint32_t i = 0; i < n->u.el.attr_count; i++) {
                const dom_attr *a = &n->u.el.attrs[i];
                buf_putc(out, ' ');
                write_attr_name(out, a);
                buf_puts(out, "=\"");
                escape(out, a->value, true);
                buf_putc(out, '"');
            }
            buf_putc(out, '>');
        } else if (!is_void_html(n)) {
            buf_puts(out, "</");
            buf_append_slice(out, n->name);
            buf_putc(out, '>');
        }
        break;
    case DOM_TEXT:
        if (!leaving) {
            if (is_raw_text_parent(n->parent))
                buf_append_slice(out, n->u.text);
            else
                escape(out, n->u.text, false);
        }
        break;
    case DOM_COMMENT:
        if (!leaving) {
            buf_puts(out, "<!--");
            buf_append_slice(out, n->u.text);
            buf_puts(out, "-->");
        }
        break;
    case DOM_DOCTYPE:
        if (!leaving) {
            buf_puts(out, "<!DOCTYPE ");
            buf_append_slice(out, n->u.doctype->name);
            buf_putc(out, '>');
        }
        break;
    default:
        break;
    }
}

void html_serialize_children(const dom_node *node, buf *out)
{
    if (!node)
        return;
    if (is_void_html(node))
        return;
    walk(node, html_visit, out, true);
}

void html_serialize(const dom_node *node, buf *out)
{
    if (!node)
        return;
    html_visit(out, node, 0, false);
    if (node->type == DOM_ELEMENT || node->type == DOM_DOCUMENT || node->type == DOM_FRAGMENT) {
        html_serialize_children(node, out);
        html_visit(out, node, 0, true);
    }
}
