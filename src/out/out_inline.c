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

#include <stdint.h>
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

/* Byte classes for the hot loops: 1 HTML whitespace, 2 a character that
 * may need a Markdown escape.  One lookup per byte instead of a switch. */
enum { BYTE_SPACE = 1, BYTE_SPECIAL = 2 };
static const uint8_t byte_class[256] = {
    [' '] = BYTE_SPACE, ['\t'] = BYTE_SPACE, ['\n'] = BYTE_SPACE, ['\f'] = BYTE_SPACE, ['\r'] = BYTE_SPACE,
    ['\\'] = BYTE_SPECIAL, ['`'] = BYTE_SPECIAL, ['*'] = BYTE_SPECIAL, ['_'] = BYTE_SPECIAL,
    ['['] = BYTE_SPECIAL, [']'] = BYTE_SPECIAL, ['<'] = BYTE_SPECIAL, ['&'] = BYTE_SPECIAL, ['|'] = BYTE_SPECIAL,
};

static void put_escaped(out_flow *f, const char *p, size_t n)
{
    buf *o = f->out;
    size_t i = 0;
    if (f->line_start && !f->in_cell && n)
        i = put_line_start(o, p, n);
    size_t run = i;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (!(byte_class[c] & BYTE_SPECIAL))
            continue;
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
        if (byte_class[(unsigned char)t.ptr[i]] & BYTE_SPACE) {
            out_lines_request(f, OUT_BREAK_SPACE);
            while (i < t.len && (byte_class[(unsigned char)t.ptr[i]] & BYTE_SPACE))
                i++;
            continue;
        }
        size_t j = i;
        while (j < t.len && !(byte_class[(unsigned char)t.ptr[j]] & BYTE_SPACE))
            j++;
        f->next_class = (uint8_t)out_inline_class_at(t.ptr + i, t.len - i);
        out_lines_flush(f, true);
        f->next_class = OUT_CHAR_PUNCT;
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
    if (fr->opened && fr->kind != OUT_FRAME_LINK) {
        out_inline_release(f);
        f->held = fr->kind;
        f->held_silent = fr->silent;
        f->held_open_at = fr->open_at;
    } else if (fr->opened) {
        out_inline_frame_close(f, fr);
    }
    f->nframes--;
}

/* Unicode whitespace and punctuation as the flanking rules see them:
 * ASCII exactly; beyond it the common cases (no-break and typographic
 * spaces, Latin-1 signs, general punctuation such as quotes, dashes and
 * ellipses, CJK punctuation); other characters count as letters. */
int out_inline_class_at(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    if (!n)
        return OUT_CHAR_SPACE; /* the end of the text, as a line end */
    unsigned c = p[0];
    if (c < 0x80)
        return ascii_is_space(c) || c == 0 ? OUT_CHAR_SPACE : ascii_is_alnum(c) ? OUT_CHAR_WORD : OUT_CHAR_PUNCT;
    if (c == 0xC2 && n >= 2)
        return p[1] == 0xA0 ? OUT_CHAR_SPACE : p[1] >= 0xA1 && p[1] <= 0xBF ? OUT_CHAR_PUNCT : OUT_CHAR_WORD;
    if (c == 0xE2 && n >= 3 && p[1] == 0x80) {
        if (p[2] <= 0x8A || p[2] == 0xAF)
            return OUT_CHAR_SPACE;
        if ((p[2] >= 0x90 && p[2] <= 0xA7) || p[2] >= 0xB0)
            return OUT_CHAR_PUNCT;
    }
    if (c == 0xE2 && n >= 3 && p[1] == 0x81)
        return p[2] == 0x9F ? OUT_CHAR_SPACE : OUT_CHAR_PUNCT;
    if (c == 0xE3 && n >= 3 && p[1] == 0x80)
        return p[2] == 0x80 ? OUT_CHAR_SPACE : p[2] <= 0x91 ? OUT_CHAR_PUNCT : OUT_CHAR_WORD;
    return OUT_CHAR_WORD;
}

/* Class of the last character written (the start of the output or of a
 * line counts as whitespace). */
static int class_before(const buf *o)
{
    if (!o->len || o->failed)
        return OUT_CHAR_SPACE;
    size_t i = o->len - 1, k = 0;
    while (i > 0 && k < 3 && ((unsigned char)o->data[i] & 0xC0) == 0x80)
        i--, k++;
    return out_inline_class_at(o->data + i, o->len - i);
}

/* Writes the closing delimiter ("*" or "**") of a span opened at
 * open_at.  A closer that is not right-flanking (CommonMark 6.2: after
 * whitespace, or after punctuation and before a letter) would stay a
 * literal '*': then the span's opener is removed instead, keeping the
 * text right at the cost of the emphasis. */
static void put_closer(out_flow *f, size_t n, size_t open_at)
{
    buf *o = f->out;
    int before = class_before(o);
    bool closes = before != OUT_CHAR_SPACE && (before != OUT_CHAR_PUNCT || f->next_class != OUT_CHAR_WORD);
    if (!closes && !o->failed && open_at + n <= o->len && o->data[open_at] == '*') {
        memmove(o->data + open_at, o->data + open_at + n, o->len - open_at - n);
        o->len -= n;
        return;
    }
    buf_append(o, "**", n);
}

void out_inline_release(out_flow *f)
{
    uint8_t kind = f->held;
    f->held = 0;
    if (kind && !f->held_silent)
        put_closer(f, kind == OUT_FRAME_STRONG ? 2 : 1, f->held_open_at);
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
    fr->opened = true;
    fr->silent = false;
    fr->open_at = f->out->len;
    /* An opener that is not left-flanking (before whitespace, or before
     * punctuation after a letter) could never open: leave it out. */
    int before = class_before(f->out);
    if (fr->kind != OUT_FRAME_LINK &&
        (f->next_class == OUT_CHAR_SPACE || (f->next_class == OUT_CHAR_PUNCT && before == OUT_CHAR_WORD))) {
        fr->silent = true;
        return;
    }
    switch (fr->kind) {
    case OUT_FRAME_EM: buf_putc(f->out, '*'); break;
    case OUT_FRAME_STRONG: buf_append(f->out, "**", 2); break;
    case OUT_FRAME_LINK: buf_putc(f->out, '['); break;
    default: break;
    }
}

void out_inline_frame_close(out_flow *f, out_frame *fr)
{
    slice href;
    out_inline_release(f);
    if (fr->silent) {
        fr->opened = fr->silent = false;
        return;
    }
    switch (fr->kind) {
    case OUT_FRAME_EM: put_closer(f, 1, fr->open_at); break;
    case OUT_FRAME_STRONG: put_closer(f, 2, fr->open_at); break;
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

static bool is_code(const dom_node *n)
{
    return dom_is(n, TAG_CODE) || dom_is(n, TAG_KBD) || dom_is(n, TAG_SAMP) || dom_is(n, TAG_TT);
}

bool out_inline_code_merged(out_flow *f, const dom_node *n)
{
    if (!f->code_merged_next || n != f->code_merged_next)
        return false;
    f->code_merged_next = n == f->code_merged_last ? NULL : n->next;
    return true;
}

void out_inline_code_span(out_flow *f, const dom_node *code)
{
    buf *s = &f->scratch;
    buf_clear(s);
    out_inline_gather(code, s);
    /* Adjacent code siblings join this span (see out_flow.h). */
    f->code_merged_next = NULL;
    for (const dom_node *k = code->next; is_code(k) && is_code(code); k = k->next) {
        out_inline_gather(k, s);
        if (!f->code_merged_next)
            f->code_merged_next = k;
        f->code_merged_last = k;
    }
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
