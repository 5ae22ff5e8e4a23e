/* out_html.c - the article tree as clean HTML.
 *
 * Serializes elements with their attributes (the extraction layer already
 * kept only meaningful ones), escaping text (& < >) and attribute values
 * (& " < >) as the HTML fragment serialization algorithm does (HTML
 * Standard, "Serializing HTML fragments"), plus '<' and '>' in attribute
 * values for the sake of naive consumers.  Void elements get no end tag.
 * Scripts, styles, comments and foreign content are left out.  A newline
 * follows each block-level end tag (outside <pre>) so the output reads
 * well; the whitespace-only text nodes between blocks are dropped. */
#include "out.h"
#include "out_walk.h"

#include "../core/ascii.h"

static bool is_void(unsigned tag)
{
    switch (tag) {
    case TAG_AREA: case TAG_BASE: case TAG_BR: case TAG_COL: case TAG_EMBED: case TAG_HR:
    case TAG_IMG: case TAG_INPUT: case TAG_LINK: case TAG_META: case TAG_SOURCE: case TAG_TRACK:
    case TAG_WBR: case TAG_PARAM: case TAG_KEYGEN: case TAG_BASEFONT: case TAG_BGSOUND:
    case TAG_FRAME:
        return true;
    default:
        return false;
    }
}

static bool is_dropped(const dom_node *n)
{
    if (n->ns != NS_HTML)
        return true;
    switch (n->tag) {
    case TAG_SCRIPT: case TAG_STYLE: case TAG_TEMPLATE: case TAG_NOSCRIPT: case TAG_IFRAME:
    case TAG_OBJECT: case TAG_EMBED: case TAG_HEAD: case TAG_TITLE: case TAG_TEXTAREA:
    case TAG_XMP: case TAG_PLAINTEXT: case TAG_NOEMBED: case TAG_NOFRAMES:
        return true;
    default:
        return false;
    }
}

/* Blocks: a newline after the end tag; containers of blocks: also after
 * the start tag, and their whitespace-only text children are dropped. */
static bool is_block(unsigned tag)
{
    switch (tag) {
    case TAG_P: case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
    case TAG_LI: case TAG_DT: case TAG_DD: case TAG_PRE: case TAG_CAPTION: case TAG_FIGCAPTION:
    case TAG_HR: case TAG_TD: case TAG_TH: case TAG_DIV: case TAG_SECTION: case TAG_ARTICLE:
    case TAG_ADDRESS: case TAG_ASIDE: case TAG_HEADER: case TAG_FOOTER: case TAG_MAIN:
        return true;
    default:
        return false;
    }
}

static bool holds_blocks(const dom_node *n)
{
    if (!n || n->type != DOM_ELEMENT)
        return n && (n->type == DOM_FRAGMENT || n->type == DOM_DOCUMENT);
    switch (n->tag) {
    case TAG_UL: case TAG_OL: case TAG_DL: case TAG_BLOCKQUOTE: case TAG_TABLE: case TAG_THEAD:
    case TAG_TBODY: case TAG_TFOOT: case TAG_TR: case TAG_FIGURE: case TAG_COLGROUP:
        return true;
    default:
        return false;
    }
}

/* Names that would break the markup when written as they are (the
 * tokenizer accepts quotes and '<' in names) are left out. */
static bool is_safe_name(slice s)
{
    if (!s.len)
        return false;
    for (size_t i = 0; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i];
        if (!(ascii_is_alnum(c) || c == '-' || c == '_' || c == ':' || c == '.' || c >= 0x80))
            return false;
    }
    return true;
}

static void put_escaped(buf *out, slice s, bool attribute)
{
    size_t run = 0;
    for (size_t i = 0; i < s.len; i++) {
        const char *rep;
        switch (s.ptr[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attribute ? "&quot;" : NULL; break;
        default: rep = NULL;
        }
        if (!rep)
            continue;
        buf_append(out, s.ptr + run, i - run);
        buf_puts(out, rep);
        run = i + 1;
    }
    buf_append(out, s.ptr + run, s.len - run);
}

static bool is_blank(slice s)
{
    for (size_t i = 0; i < s.len; i++)
        if (!ascii_is_space((unsigned char)s.ptr[i]))
            return false;
    return true;
}

static void newline(buf *out)
{
    if (out->len && out->data[out->len - 1] != '\n')
        buf_putc(out, '\n');
}

void out_html(const dom_node *article, buf *out)
{
    size_t start = out->len;
    unsigned pre = 0; /* inside <pre>: whitespace is content */
    out_walk w;
    out_walk_init(&w, article);
    while (out_walk_next(&w)) {
        const dom_node *n = w.node;
        if (n->type == DOM_TEXT) {
            if (!pre && holds_blocks(n->parent) && is_blank(n->u.text))
                continue;
            put_escaped(out, n->u.text, false);
            continue;
        }
        if (n->type != DOM_ELEMENT)
            continue;
        if (is_dropped(n)) {
            out_walk_skip(&w);
            continue;
        }
        bool named = is_safe_name(n->name);
        if (w.entering) {
            if (dom_is(n, TAG_PRE))
                pre++;
            if (!named)
                continue;
            if (!pre && (holds_blocks(n) || is_block(n->tag)) && out->len > start)
                newline(out);
            buf_putc(out, '<');
            buf_append_slice(out, n->name);
            for (uint32_t i = 0; i < n->u.el.attr_count; i++) {
                const dom_attr *a = &n->u.el.attrs[i];
                if (!is_safe_name(a->name))
                    continue;
                buf_putc(out, ' ');
                buf_append_slice(out, a->name);
                buf_append(out, "=\"", 2);
                put_escaped(out, a->value, true);
                buf_putc(out, '"');
            }
            buf_putc(out, '>');
            if (is_void(n->tag)) {
                out_walk_skip(&w);
                continue;
            }
            if (!pre && holds_blocks(n))
                buf_putc(out, '\n');
        } else {
            if (named && !is_void(n->tag)) {
                if (!pre && holds_blocks(n))
                    newline(out);
                buf_append(out, "</", 2);
                buf_append_slice(out, n->name);
                buf_putc(out, '>');
            }
            if (dom_is(n, TAG_PRE))
                pre--;
            if (named && !pre && (is_block(n->tag) || holds_blocks(n)))
                buf_putc(out, '\n');
        }
    }
    /* No trailing newline, as the other writers. */
    while (!out->failed && out->len > start && out->data[out->len - 1] == '\n')
        out->len--;
}
