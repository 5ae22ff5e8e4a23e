/* tree_stack.c - the stack of open elements (HTML Standard 13.2.4.2):
 * push/pop, the element-in-scope checks, implied end tags, the element
 * categories ("special", formatting, integration points) and "reset the
 * insertion mode appropriately" (13.2.4.1).
 *
 * Scope checks walk down from the top of the stack; the depth cap
 * (tree_insert.c) bounds that walk, and tag_count answers "not in scope"
 * at once when the stack holds no such element at all. */
#include <string.h>

#include "../../core/ascii.h"
#include "tree.h"

bool html_tree_grow(html_tree *t, void **arr, size_t *cap, size_t need, size_t item)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 16;
    while (n < need)
        n *= 2;
    void *p = arena_realloc(t->a, *arr, *cap * item, n * item);
    if (!p) {
        html_tree_fail(t);
        return false;
    }
    *arr = p;
    *cap = n;
    return true;
}

bool html_tree_node_flag(const html_tree *t, const dom_node *n, uint8_t f)
{
    return n->index < t->flags_cap && (t->flags[n->index] & f);
}

void html_tree_set_node_flag(html_tree *t, const dom_node *n, uint8_t f, bool on)
{
    if (n->index >= t->flags_cap) {
        if (!on)
            return;
        size_t old = t->flags_cap;
        if (!html_tree_grow(t, (void **)&t->flags, &t->flags_cap, (size_t)n->index + 1, 1))
            return;
        memset(t->flags + old, 0, t->flags_cap - old);
    }
    if (on)
        t->flags[n->index] |= f;
    else
        t->flags[n->index] &= (uint8_t)~f;
}

static void note_added(html_tree *t, dom_node *n)
{
    if (n->ns == NS_HTML)
        t->tag_count[n->tag]++;
    html_tree_set_node_flag(t, n, NODE_IN_STACK, true);
}

static void note_removed(html_tree *t, dom_node *n)
{
    if (n->ns == NS_HTML && t->tag_count[n->tag])
        t->tag_count[n->tag]--;
    html_tree_set_node_flag(t, n, NODE_IN_STACK, false);
}

void html_tree_push(html_tree *t, dom_node *n)
{
    if (!html_tree_grow(t, (void **)&t->stack, &t->stack_cap, t->depth + 1, sizeof *t->stack))
        return;
    t->stack[t->depth++] = n;
    note_added(t, n);
}

void html_tree_pop(html_tree *t)
{
    if (!t->depth)
        return;
    dom_node *n = t->stack[--t->depth];
    note_removed(t, n);
    if (t->saw_selectedcontent && n->ns == NS_HTML && n->tag == TAG_OPTION)
        html_tree_option_popped(t, n);
}

void html_tree_pop_until(html_tree *t, tag_id tag)
{
    while (t->depth) {
        dom_node *n = t->stack[t->depth - 1];
        html_tree_pop(t);
        if (n->ns == NS_HTML && n->tag == tag)
            return;
    }
}

static bool is_heading(const dom_node *n)
{
    return n->ns == NS_HTML && n->tag >= TAG_H1 && n->tag <= TAG_H6;
}

void html_tree_pop_until_heading(html_tree *t)
{
    while (t->depth) {
        dom_node *n = t->stack[t->depth - 1];
        html_tree_pop(t);
        if (is_heading(n))
            return;
    }
}

long html_tree_stack_index(const html_tree *t, const dom_node *n)
{
    if (!html_tree_node_flag(t, n, NODE_IN_STACK))
        return -1;
    for (size_t i = t->depth; i-- > 0;)
        if (t->stack[i] == n)
            return (long)i;
    return -1;
}

bool html_tree_in_stack(const html_tree *t, const dom_node *n)
{
    return html_tree_node_flag(t, n, NODE_IN_STACK);
}

void html_tree_stack_remove(html_tree *t, dom_node *n)
{
    long i = html_tree_stack_index(t, n);
    if (i < 0)
        return;
    memmove(t->stack + i, t->stack + i + 1, (t->depth - (size_t)i - 1) * sizeof *t->stack);
    t->depth--;
    note_removed(t, n);
}

void html_tree_stack_insert_at(html_tree *t, size_t index, dom_node *n)
{
    if (!html_tree_grow(t, (void **)&t->stack, &t->stack_cap, t->depth + 1, sizeof *t->stack))
        return;
    if (index > t->depth)
        index = t->depth;
    memmove(t->stack + index + 1, t->stack + index, (t->depth - index) * sizeof *t->stack);
    t->stack[index] = n;
    t->depth++;
    note_added(t, n);
}

/* ---- element categories ---- */

bool html_tree_is_special(const dom_node *n)
{
    if (n->ns == NS_MATHML) {
        switch (n->tag) {
        case TAG_MI: case TAG_MO: case TAG_MN: case TAG_MS: case TAG_MTEXT:
        case TAG_ANNOTATION_XML:
            return true;
        default:
            return false;
        }
    }
    if (n->ns == NS_SVG)
        return n->tag == TAG_FOREIGNOBJECT || n->tag == TAG_DESC || n->tag == TAG_TITLE;
    switch (n->tag) {
    case TAG_ADDRESS: case TAG_APPLET: case TAG_AREA: case TAG_ARTICLE: case TAG_ASIDE:
    case TAG_BASE: case TAG_BASEFONT: case TAG_BGSOUND: case TAG_BLOCKQUOTE: case TAG_BODY:
    case TAG_BR: case TAG_BUTTON: case TAG_CAPTION: case TAG_CENTER: case TAG_COL:
    case TAG_COLGROUP: case TAG_DD: case TAG_DETAILS: case TAG_DIR: case TAG_DIV: case TAG_DL:
    case TAG_DT: case TAG_EMBED: case TAG_FIELDSET: case TAG_FIGCAPTION: case TAG_FIGURE:
    case TAG_FOOTER: case TAG_FORM: case TAG_FRAME: case TAG_FRAMESET: case TAG_H1: case TAG_H2:
    case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6: case TAG_HEAD: case TAG_HEADER:
    case TAG_HGROUP: case TAG_HR: case TAG_HTML: case TAG_IFRAME: case TAG_IMG: case TAG_INPUT:
    case TAG_KEYGEN: case TAG_LI: case TAG_LINK: case TAG_LISTING: case TAG_MAIN:
    case TAG_MARQUEE: case TAG_MENU: case TAG_META: case TAG_NAV: case TAG_NOEMBED:
    case TAG_NOFRAMES: case TAG_NOSCRIPT: case TAG_OBJECT: case TAG_OL: case TAG_P:
    case TAG_PARAM: case TAG_PLAINTEXT: case TAG_PRE: case TAG_SCRIPT: case TAG_SEARCH:
    case TAG_SECTION: case TAG_SOURCE: case TAG_STYLE: case TAG_SUMMARY:
    case TAG_TABLE: case TAG_TBODY: case TAG_TD: case TAG_TEMPLATE: case TAG_TEXTAREA:
    case TAG_TFOOT: case TAG_TH: case TAG_THEAD: case TAG_TITLE: case TAG_TR: case TAG_TRACK:
    case TAG_UL: case TAG_WBR: case TAG_XMP:
        return true;
    default:
        return false;
    }
}

bool html_tree_is_formatting_tag(tag_id tag)
{
    switch (tag) {
    case TAG_A: case TAG_B: case TAG_BIG: case TAG_CODE: case TAG_EM: case TAG_FONT: case TAG_I:
    case TAG_NOBR: case TAG_S: case TAG_SMALL: case TAG_STRIKE: case TAG_STRONG: case TAG_TT:
    case TAG_U:
        return true;
    default:
        return false;
    }
}

bool html_tree_is_mathml_text_ip(const dom_node *n)
{
    if (n->ns != NS_MATHML)
        return false;
    switch (n->tag) {
    case TAG_MI: case TAG_MO: case TAG_MN: case TAG_MS: case TAG_MTEXT:
        return true;
    default:
        return false;
    }
}

bool html_tree_is_html_ip(const dom_node *n)
{
    if (n->ns == NS_SVG)
        return n->tag == TAG_FOREIGNOBJECT || n->tag == TAG_DESC || n->tag == TAG_TITLE;
    if (n->ns == NS_MATHML && n->tag == TAG_ANNOTATION_XML) {
        for (uint32_t i = 0; i < n->u.el.attr_count; i++) {
            const dom_attr *a = &n->u.el.attrs[i];
            if (a->ns == ATTR_NS_NONE && slice_eq_cstr(a->name, "encoding"))
                return slice_eq_nocase(a->value, "text/html") ||
                       slice_eq_nocase(a->value, "application/xhtml+xml");
        }
    }
    return false;
}

/* ---- scopes ---- */

static bool is_scope_boundary(const dom_node *n, html_scope scope)
{
    if (scope == SCOPE_TABLE)
        return n->ns == NS_HTML &&
               (n->tag == TAG_HTML || n->tag == TAG_TABLE || n->tag == TAG_TEMPLATE);
    if (scope == SCOPE_SELECT)
        return !(n->ns == NS_HTML && (n->tag == TAG_OPTGROUP || n->tag == TAG_OPTION));
    if (n->ns == NS_HTML) {
        switch (n->tag) {
        case TAG_APPLET: case TAG_CAPTION: case TAG_HTML: case TAG_TABLE: case TAG_TD:
        case TAG_TH: case TAG_MARQUEE: case TAG_OBJECT: case TAG_TEMPLATE:
            return true;
        case TAG_OL: case TAG_UL:
            return scope == SCOPE_LIST_ITEM;
        case TAG_BUTTON:
            return scope == SCOPE_BUTTON;
        default:
            return false;
        }
    }
    if (n->ns == NS_MATHML)
        return html_tree_is_mathml_text_ip(n) || n->tag == TAG_ANNOTATION_XML;
    return n->tag == TAG_FOREIGNOBJECT || n->tag == TAG_DESC || n->tag == TAG_TITLE;
}

bool html_tree_has_in_scope(const html_tree *t, tag_id tag, html_scope scope)
{
    if (!t->tag_count[tag])
        return false;
    for (size_t i = t->depth; i-- > 0;) {
        const dom_node *n = t->stack[i];
        if (n->ns == NS_HTML && n->tag == tag)
            return true;
        if (is_scope_boundary(n, scope))
            return false;
    }
    return false;
}

bool html_tree_has_node_in_scope(const html_tree *t, const dom_node *target, html_scope scope)
{
    if (!html_tree_in_stack(t, target))
        return false;
    for (size_t i = t->depth; i-- > 0;) {
        const dom_node *n = t->stack[i];
        if (n == target)
            return true;
        if (is_scope_boundary(n, scope))
            return false;
    }
    return false;
}

bool html_tree_has_heading_in_scope(const html_tree *t)
{
    uint32_t c = 0;
    for (int tg = TAG_H1; tg <= TAG_H6; tg++)
        c += t->tag_count[tg];
    if (!c)
        return false;
    for (size_t i = t->depth; i-- > 0;) {
        const dom_node *n = t->stack[i];
        if (is_heading(n))
            return true;
        if (is_scope_boundary(n, SCOPE_DEFAULT))
            return false;
    }
    return false;
}

bool html_tree_has_cell_in_table_scope(const html_tree *t)
{
    return html_tree_has_in_scope(t, TAG_TD, SCOPE_TABLE) ||
           html_tree_has_in_scope(t, TAG_TH, SCOPE_TABLE);
}

/* ---- implied end tags ---- */

static bool implied_end(const dom_node *n, bool thorough)
{
    if (n->ns != NS_HTML)
        return false;
    switch (n->tag) {
    case TAG_DD: case TAG_DT: case TAG_LI: case TAG_OPTGROUP: case TAG_OPTION: case TAG_P:
    case TAG_RB: case TAG_RP: case TAG_RT: case TAG_RTC:
        return true;
    case TAG_CAPTION: case TAG_COLGROUP: case TAG_TBODY: case TAG_TD: case TAG_TFOOT:
    case TAG_TH: case TAG_THEAD: case TAG_TR:
        return thorough;
    default:
        return false;
    }
}

void html_tree_generate_implied_end_tags(html_tree *t, tag_id except)
{
    while (t->depth) {
        dom_node *n = t->stack[t->depth - 1];
        if (!implied_end(n, false) || (except != TAG_UNKNOWN && n->tag == except))
            return;
        html_tree_pop(t);
    }
}

void html_tree_generate_all_implied_end_tags(html_tree *t)
{
    while (t->depth && implied_end(t->stack[t->depth - 1], true))
        html_tree_pop(t);
}

void html_tree_close_p(html_tree *t)
{
    html_tree_generate_implied_end_tags(t, TAG_P);
    if (!dom_is(html_tree_current(t), TAG_P))
        html_tree_error(t);
    html_tree_pop_until(t, TAG_P);
}

/* ---- 13.2.4.1 reset the insertion mode appropriately ---- */

void html_tree_reset_insertion_mode(html_tree *t)
{
    for (size_t i = t->depth; i-- > 0;) {
        dom_node *node = t->stack[i];
        bool last = i == 0;
        if (last && t->fragment)
            node = t->context;
        if (node->ns == NS_HTML) {
            switch (node->tag) {
            case TAG_TD: case TAG_TH:
                if (!last) {
                    t->mode = MODE_IN_CELL;
                    return;
                }
                break;
            case TAG_TR: t->mode = MODE_IN_ROW; return;
            case TAG_TBODY: case TAG_THEAD: case TAG_TFOOT: t->mode = MODE_IN_TABLE_BODY; return;
            case TAG_CAPTION: t->mode = MODE_IN_CAPTION; return;
            case TAG_COLGROUP: t->mode = MODE_IN_COLUMN_GROUP; return;
            case TAG_TABLE: t->mode = MODE_IN_TABLE; return;
            case TAG_TEMPLATE: t->mode = html_tree_tmode_current(t); return;
            case TAG_HEAD:
                if (!last) {
                    t->mode = MODE_IN_HEAD;
                    return;
                }
                break;
            case TAG_BODY: t->mode = MODE_IN_BODY; return;
            case TAG_FRAMESET: t->mode = MODE_IN_FRAMESET; return;
            case TAG_HTML:
                t->mode = t->head ? MODE_AFTER_HEAD : MODE_BEFORE_HEAD;
                return;
            default:
                break;
            }
        }
        if (last) {
            t->mode = MODE_IN_BODY;
            return;
        }
    }
    t->mode = MODE_IN_BODY;
}

/* ---- template insertion modes ---- */

void html_tree_tmode_push(html_tree *t, html_mode m)
{
    if (!html_tree_grow(t, (void **)&t->tmodes, &t->tmode_cap, t->tmode_len + 1, 1))
        return;
    t->tmodes[t->tmode_len++] = (uint8_t)m;
}

void html_tree_tmode_pop(html_tree *t)
{
    if (t->tmode_len)
        t->tmode_len--;
}

size_t html_tree_space_prefix(slice s)
{
    size_t i = 0;
    while (i < s.len && (s.ptr[i] == ' ' || s.ptr[i] == '\t' || s.ptr[i] == '\n' ||
                         s.ptr[i] == '\f' || s.ptr[i] == '\r'))
        i++;
    return i;
}
