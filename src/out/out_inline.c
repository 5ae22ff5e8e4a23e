/* out_inline.c - inline content of the flowed writers: whitespace
 * collapsing, Markdown escapes, emphasis, links, code spans and images.
 *
 * Escaping (CommonMark 0.31, "Backslash escapes" and the block starts):
 * every character that could open inline syntax (\ ` * _ [ ]) is escaped;
 * '<' and '&' only where they could start a tag, autolink or entity; and
 * at the start of a line only what would start a block there: '#'s then a
 * space (heading), '>' (quote), '-', '+' before a space (list item), a
 * number and '.' or ')' before a space (ordered item), a run of '-' or
 * '=' (thematic break, setext underline), "~~" (fence).  Inside a table
 * cell '|' is escaped and line starts are not special. */
#include "out_flow.h"

#include <stdlib.h>

#include "../core/ascii.h"

static bool run_is_all(const char *p, size_t n, char c)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != c)
            return false;
    return true;
}

/* Handles a line-start special at p[0] (the rest of the run is p[0..n));
 * returns how many bytes it wrote, or 0 when p[0] is not special there. */
static size_t put_line_start(buf *o, const char *p, size_t n)
{
    unsigned char c = (unsigned char)p[0];
    bool special = false;
    switch (c) {
    case '>': special = true; break;
    case '#': special = run_is_all(p, n, '#'); break;
    case '-': special = n == 1 || run_is_all(p, n, '-'); break;
    case '=': special = run_is_all(p, n, '='); break;
    case '+': special = n == 1; break;
    case '~': special = n > 1 && p[1] == '~'; break;
    default:
        if (ascii_is_digit(c)) {
            /* An ordered-list marker: 1-9 digits, '.' or ')', then a space. */
            size_t j = 0;
            while (j < n && j < 10 && ascii_is_digit((unsigned char)p[j]))
                j++;
            if (j < 10 && j + 1 == n && (p[j] == '.' || p[j] == ')')) {
                buf_append(o, p, j);
                buf_putc(o, '\\');
                buf_putc(o, p[j]);
                return n;
            }
        }
        return 0;
    }
    if (!special)
        return 0;
    buf_putc(o, '\\');
    buf_putc(o, (char)c);
    return 1;
}

static void put_escaped(out_flow *f, const char *p, size_t n)
{
    buf *o = f->out;
    size_t i = 0;
    if (f->line_start && !f->in_cell && n)
        i = put_line_start(o, p, n);
    size_t run = i;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        unsigned next = i + 1 < n ? (unsigned char)p[i + 1] : 0;
        bool esc;
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': esc = true; break;
        case '<': esc = ascii_is_alpha(next) || next == '/' || next == '!' || next == '?'; break;
        case '&': esc = ascii_is_alnum(next) || next == '#'; break;
        case '|': esc = f->in_cell; break;
        default: esc = false;
        }
        if (esc) {
            buf_append(o, p + run, i - run);
            buf_putc(o, '\\');
            run = i;
        }
    }
    buf_append(o, p + run, n - run);
}

void out_inline_text(out_flow *f, slice t)
{
    size_t i = 0;
    while (i < t.len) {
        if (ascii_is_space((unsigned char)t.ptr[i])) {
            out_lines_request(f, OUT_BREAK_SPACE);
            while (i < t.len && ascii_is_space((unsigned char)t.ptr[i]))
                i++;
            continue;
        }
        size_t j = i;
        while (j < t.len && !ascii_is_space((unsigned char)t.ptr[j]))
            j++;
        out_lines_flush(f, true);
        if (f->markdown)
            put_escaped(f, t.ptr + i, j - i);
        else
            buf_append(f->out, t.ptr + i, j - i);
        f->line_start = false;
        i = j;
    }
}

/* ---- spans ------------------------------------------------------------ */

void out_inline_push_frame(out_flow *f, const dom_node *n, out_frame_kind kind)
{
    /* A span inside a span of its kind adds nothing ("**x**" is not an
     * emphasis in an emphasis) and Markdown has no link inside a link. */
    for (size_t i = 0; i < f->nframes; i++)
        if (f->frames[i].kind == kind)
            return;
    if (f->nframes == f->frames_cap) {
        size_t cap = f->frames_cap ? f->frames_cap * 2 : 16;
        out_frame *fr = realloc(f->frames, cap * sizeof *fr);
        if (!fr) {
            f->out->failed = true; /* the span is dropped; the output is void anyway */
            return;
        }
        f->frames = fr;
        f->frames_cap = cap;
    }
    f->frames[f->nframes++] = (out_frame){ .node = n, .kind = (uint8_t)kind };
}

/* Called on every leave of an element that may have pushed a frame: pops
 * it only if that element did push one (spans nest as the tree does). */
void out_inline_pop_frame(out_flow *f, const dom_node *n)
{
    if (!f->nframes || f->frames[f->nframes - 1].node != n)
        return;
    out_frame *fr = &f->frames[f->nframes - 1];
    if (fr->opened)
        out_inline_frame_close(f, fr);
    f->nframes--;
}

static void put_url(out_flow *f, slice url)
{
    static const char hex[] = "0123456789ABCDEF";
    url = slice_trim(url);
    for (size_t i = 0; i < url.len; i++) {
        unsigned char c = (unsigned char)url.ptr[i];
        if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || (c == '|' && f->in_cell)) {
            buf_putc(f->out, '%');
            buf_putc(f->out, hex[c >> 4]);
            buf_putc(f->out, hex[c & 15]);
        } else {
            if (c == '(' || c == ')' || c == '\\')
                buf_putc(f->out, '\\');
            buf_putc(f->out, (char)c);
        }
    }
}

bool out_inline_link_target(const dom_node *a, slice *href)
{
    slice h = slice_trim(dom_attr_value(a, "href"));
    if (!h.ptr || !h.len || slice_starts_with_nocase(h, "javascript:"))
        return false;
    *href = h;
    return true;
}

void out_inline_frame_open(out_flow *f, out_frame *fr)
{
    switch (fr->kind) {
    case OUT_FRAME_EM: buf_putc(f->out, '*'); break;
    case OUT_FRAME_STRONG: buf_append(f->out, "**", 2); break;
    case OUT_FRAME_LINK: buf_putc(f->out, '['); break;
    default: break;
    }
    fr->opened = true;
}

void out_inline_frame_close(out_flow *f, out_frame *fr)
{
    slice href;
    switch (fr->kind) {
    case OUT_FRAME_EM: buf_putc(f->out, '*'); break;
    case OUT_FRAME_STRONG: buf_append(f->out, "**", 2); break;
    case OUT_FRAME_LINK:
        buf_append(f->out, "](", 2);
        if (out_inline_link_target(fr->node, &href))
            put_url(f, href);
        buf_putc(f->out, ')');
        break;
    default: break;
    }
    fr->opened = false;
}

/* ---- atoms ------------------------------------------------------------ */

void out_inline_gather(const dom_node *root, buf *out)
{
    for (const dom_node *n = root; n; n = dom_next(root, n)) {
        if (n->type == DOM_TEXT)
            buf_append_slice(out, n->u.text);
        else if (dom_is(n, TAG_BR))
            buf_putc(out, '\n');
    }
}

/* Collapses whitespace runs of s in place to one space and trims; returns
 * the new length and whether whitespace was cut at either end. */
static size_t collapse(char *s, size_t n, bool *lead, bool *trail)
{
    size_t w = 0;
    bool space = false;
    *lead = n && ascii_is_space((unsigned char)s[0]);
    *trail = n && ascii_is_space((unsigned char)s[n - 1]);
    for (size_t i = 0; i < n; i++) {
        if (ascii_is_space((unsigned char)s[i])) {
            space = true;
            continue;
        }
        if (space && w)
            s[w++] = ' ';
        space = false;
        s[w++] = s[i];
    }
    return w;
}

void out_inline_code_span(out_flow *f, const dom_node *code)
{
    buf *s = &f->scratch;
    buf_clear(s);
    out_inline_gather(code, s);
    if (s->failed) {
        f->out->failed = true;
        return;
    }
    bool lead, trail;
    size_t n = collapse(s->data, s->len, &lead, &trail);
    if (lead)
        out_lines_request(f, OUT_BREAK_SPACE);
    if (n) {
        /* The fence is one backtick longer than the longest run inside. */
        size_t longest = 0, cur = 0;
        for (size_t i = 0; i < n; i++) {
            cur = s->data[i] == '`' ? cur + 1 : 0;
            if (cur > longest)
                longest = cur;
        }
        bool pad = s->data[0] == '`' || s->data[n - 1] == '`';
        out_lines_flush(f, true);
        for (size_t i = 0; i <= longest; i++)
            buf_putc(f->out, '`');
        if (pad)
            buf_putc(f->out, ' ');
        for (size_t i = 0; i < n; i++) {
            if (s->data[i] == '|' && f->in_cell)
                buf_putc(f->out, '\\');
            buf_putc(f->out, s->data[i]);
        }
        if (pad)
            buf_putc(f->out, ' ');
        for (size_t i = 0; i <= longest; i++)
            buf_putc(f->out, '`');
        f->line_start = false;
    }
    if (trail)
        out_lines_request(f, OUT_BREAK_SPACE);
}

void out_inline_image(out_flow *f, const dom_node *img)
{
    slice src = slice_trim(dom_attr_value(img, "src"));
    if (!src.ptr || !src.len)
        return;
    slice alt = dom_attr_value(img, "alt");
    out_lines_flush(f, true);
    buf_append(f->out, "![", 2);
    bool space = false, any = false;
    for (size_t i = 0; alt.ptr && i < alt.len; i++) {
        unsigned char c = (unsigned char)alt.ptr[i];
        if (ascii_is_space(c)) {
            space = any;
            continue;
        }
        if (space)
            buf_putc(f->out, ' ');
        space = false;
        any = true;
        if (c == '\\' || c == '[' || c == ']' || (c == '|' && f->in_cell))
            buf_putc(f->out, '\\');
        buf_putc(f->out, (char)c);
    }
    buf_append(f->out, "](", 2);
    put_url(f, src);
    buf_putc(f->out, ')');
    f->line_start = false;
}
