/* out_flow.c - plain text and Markdown: what each element of the article
 * tree does to the flow (see out_flow.h).
 *
 * Plain-text format (documented in docs/output.md):
 *  - blocks (paragraphs, headings, lists, quotes, tables, code) are
 *    separated by exactly one blank line; no leading or trailing blank line;
 *  - whitespace inside a block is collapsed to single spaces; <pre> keeps
 *    its lines; <br> is a line break;
 *  - list items are one per line, "- " or "N. " before them, nested items
 *    indented by the width of their parent's marker;
 *  - table rows are one per line with cells separated by a TAB (a TAB is
 *    whitespace to every word-level comparison, and splits like TSV);
 *  - images and markup add nothing.
 * Markdown is CommonMark with GFM tables (see out_inline.c, out_table.c). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "out.h"
#include "out_flow.h"
#include "out_walk.h"

#include "../core/ascii.h"

/* CommonMark allows at most 9 digits in an ordered-list marker. */
#define OUT_MAX_LIST_NUMBER 999999999L
/* Longest info string kept on a code fence; longer ones are not languages. */
enum { OUT_MAX_LANGUAGE = 32 };

void out_flow_init(out_flow *f, buf *out, bool markdown, bool links, bool images)
{
    *f = (out_flow){
        .out = out,
        .markdown = markdown,
        .links = links && markdown,
        .images = images && markdown,
        .blank_depth = SIZE_MAX,
        .next_class = OUT_CHAR_PUNCT,
        .scratch = BUF_INIT,
    };
}

void out_flow_dispose(out_flow *f)
{
    free(f->conts);
    free(f->frames);
    buf_dispose(&f->scratch);
}

/* Subtrees that never hold article text: scripts, form controls, embedded
 * media, and foreign (SVG, MathML) content. */
static bool is_skipped(const dom_node *n)
{
    if (n->ns != NS_HTML)
        return true;
    switch (n->tag) {
    case TAG_SCRIPT: case TAG_STYLE: case TAG_TEMPLATE: case TAG_HEAD: case TAG_TITLE:
    case TAG_NOSCRIPT: case TAG_NOFRAMES: case TAG_NOEMBED: case TAG_IFRAME: case TAG_OBJECT:
    case TAG_EMBED: case TAG_APPLET: case TAG_SELECT: case TAG_DATALIST: case TAG_TEXTAREA:
    case TAG_BUTTON: case TAG_INPUT: case TAG_AUDIO: case TAG_VIDEO: case TAG_CANVAS:
    case TAG_MAP: case TAG_PARAM: case TAG_SOURCE: case TAG_TRACK:
        return true;
    default:
        return false;
    }
}

/* Elements that stand on lines of their own (beyond the ones handled by
 * name below), so that a tree that kept a <div> still reads well. */
static bool is_block(unsigned tag)
{
    switch (tag) {
    case TAG_ADDRESS: case TAG_ARTICLE: case TAG_ASIDE: case TAG_BODY: case TAG_CENTER:
    case TAG_DETAILS: case TAG_DIALOG: case TAG_DIR: case TAG_DIV: case TAG_DL:
    case TAG_FIELDSET: case TAG_FIGCAPTION: case TAG_FIGURE: case TAG_FOOTER: case TAG_FORM:
    case TAG_FRAMESET: case TAG_HEADER: case TAG_HGROUP: case TAG_HTML: case TAG_LEGEND:
    case TAG_LISTING: case TAG_MAIN: case TAG_MENU: case TAG_NAV: case TAG_P: case TAG_PLAINTEXT:
    case TAG_SEARCH: case TAG_SECTION: case TAG_SUMMARY: case TAG_XMP: case TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

static int heading_level(unsigned tag)
{
    switch (tag) {
    case TAG_H1: return 1;
    case TAG_H2: return 2;
    case TAG_H3: return 3;
    case TAG_H4: return 4;
    case TAG_H5: return 5;
    case TAG_H6: return 6;
    default: return 0;
    }
}

static long list_start(const dom_node *ol)
{
    slice s = slice_trim(dom_attr_value(ol, "start"));
    long v = 0;
    size_t i = 0;
    if (!s.ptr || !s.len || !ascii_is_digit((unsigned char)s.ptr[0]))
        return 1;
    while (i < s.len && ascii_is_digit((unsigned char)s.ptr[i]) && v <= OUT_MAX_LIST_NUMBER)
        v = v * 10 + (s.ptr[i++] - '0');
    return v > OUT_MAX_LIST_NUMBER ? OUT_MAX_LIST_NUMBER : v;
}

static void enter_list(out_flow *f, const dom_node *n)
{
    const out_container *top = out_lines_top(f);
    /* A list nested in an item follows the item's text on the next line. */
    out_lines_request(f, top && top->kind == OUT_CONT_ITEM ? OUT_BREAK_LINE : OUT_BREAK_BLANK);
    out_container *c = out_lines_push(f, OUT_CONT_LIST);
    if (c) {
        c->ordered = dom_is(n, TAG_OL);
        c->next_number = c->ordered ? list_start(n) : 1;
    }
}

static void enter_item(out_flow *f)
{
    out_container *list = out_lines_top(f);
    bool ordered = false;
    long number = 1;
    if (list && list->kind == OUT_CONT_LIST) {
        ordered = list->ordered;
        number = list->next_number;
        if (list->next_number < OUT_MAX_LIST_NUMBER)
            list->next_number++;
    }
    out_lines_request(f, OUT_BREAK_LINE);
    out_container *c = out_lines_push(f, OUT_CONT_ITEM);
    if (!c)
        return;
    if (ordered)
        snprintf(c->marker, sizeof c->marker, "%ld. ", number);
    else
        snprintf(c->marker, sizeof c->marker, "- ");
    c->width = (uint8_t)strlen(c->marker);
}

static void leave_item(out_flow *f)
{
    out_container *top = out_lines_top(f);
    /* The blank line after an item's last paragraph is only a line break
     * between items (an item that wrote nothing keeps what was pending
     * before it, such as the blank line before its list). */
    if (top && top->kind == OUT_CONT_ITEM && top->marker_done && f->pending == OUT_BREAK_BLANK)
        f->pending = OUT_BREAK_LINE;
    out_lines_pop(f);
    out_lines_request(f, OUT_BREAK_LINE);
}

/* The fence's info string: "language-X" or "lang-X" on <pre> or its <code>. */
static slice code_language(const dom_node *pre)
{
    const dom_node *code = pre->first_child;
    while (code && code->type != DOM_ELEMENT)
        code = code->next;
    const dom_node *where[2] = { pre, dom_is(code, TAG_CODE) ? code : NULL };
    for (int k = 0; k < 2; k++) {
        slice cls = dom_attr_value(where[k], "class");
        size_t i = 0;
        while (cls.ptr && i < cls.len) {
            while (i < cls.len && ascii_is_space((unsigned char)cls.ptr[i]))
                i++;
            size_t j = i;
            while (j < cls.len && !ascii_is_space((unsigned char)cls.ptr[j]))
                j++;
            slice word = slice_make(cls.ptr + i, j - i);
            size_t skip = slice_starts_with_nocase(word, "language-") ? 9
                          : slice_starts_with_nocase(word, "lang-")   ? 5
                                                                      : 0;
            if (skip && word.len > skip && word.len - skip <= OUT_MAX_LANGUAGE) {
                slice lang = slice_make(word.ptr + skip, word.len - skip);
                bool ok = true;
                for (size_t m = 0; m < lang.len; m++) {
                    unsigned c = (unsigned char)lang.ptr[m];
                    ok = ok && (ascii_is_alnum(c) || c == '-' || c == '+' || c == '#' || c == '_' || c == '.');
                }
                if (ok)
                    return lang;
            }
            i = j;
        }
    }
    return slice_make(NULL, 0);
}

/* <pre>: its lines as they are; in Markdown inside a fence longer than any
 * backtick run of the code. */
static void render_pre(out_flow *f, const dom_node *pre)
{
    buf *s = &f->scratch;
    buf_clear(s);
    out_inline_gather(pre, s);
    if (s->failed) {
        f->out->failed = true;
        return;
    }
    const char *p = s->data ? s->data : "";
    size_t n = s->len;
    while (n && ascii_is_space((unsigned char)p[n - 1]))
        n--;
    /* Drop leading blank lines, keep the first line's indentation. */
    for (size_t i = 0; i < n && ascii_is_space((unsigned char)p[i]); i++)
        if (p[i] == '\n') {
            p += i + 1;
            n -= i + 1;
            i = (size_t)-1;
        }
    out_lines_request(f, OUT_BREAK_BLANK);
    if (!n)
        return;
    char fence[64];
    size_t fence_len = 3;
    if (f->markdown) {
        size_t cur = 0;
        for (size_t i = 0; i < n; i++) {
            cur = p[i] == '`' ? cur + 1 : 0;
            if (cur + 1 > fence_len)
                fence_len = cur + 1;
        }
        if (fence_len >= sizeof fence) {
            /* Absurd backtick runs: use a tilde fence, which they cannot close. */
            fence_len = 3;
            memset(fence, '~', fence_len);
        } else {
            memset(fence, '`', fence_len);
        }
        slice lang = code_language(pre);
        buf *o = f->out;
        out_lines_put_line(f, fence, fence_len);
        if (lang.ptr)
            buf_append_slice(o, lang);
    }
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && p[j] != '\n')
            j++;
        size_t e = j;
        if (e > i && p[e - 1] == '\r')
            e--;
        out_lines_put_line(f, p + i, e - i);
        i = j + 1;
    }
    if (f->markdown)
        out_lines_put_line(f, fence, fence_len);
    out_lines_request(f, OUT_BREAK_BLANK);
}

static void enter_element(out_flow *f, out_walk *w, const dom_node *n)
{
    bool inl = f->inline_only > 0;
    int level = heading_level(n->tag);
    if (level) {
        static const char *const lead[] = { "", "# ", "## ", "### ", "#### ", "##### ", "###### " };
        out_lines_request(f, OUT_BREAK_BLANK);
        if (!inl && f->markdown)
            f->lead = lead[level];
        f->inline_only++;
        return;
    }
    switch (n->tag) {
    case TAG_BLOCKQUOTE:
        out_lines_request(f, OUT_BREAK_BLANK);
        if (!inl)
            out_lines_push(f, OUT_CONT_QUOTE);
        break;
    case TAG_UL: case TAG_OL:
        if (inl)
            out_lines_request(f, OUT_BREAK_SPACE);
        else
            enter_list(f, n);
        break;
    case TAG_LI:
        if (inl)
            out_lines_request(f, OUT_BREAK_SPACE);
        else
            enter_item(f);
        break;
    case TAG_DT: case TAG_DD:
        out_lines_request(f, f->markdown ? OUT_BREAK_BLANK : OUT_BREAK_LINE);
        break;
    case TAG_PRE:
        if (!inl) {
            render_pre(f, n);
            out_walk_skip(w);
        } else if (f->markdown) {
            out_inline_code_span(f, n);
            out_walk_skip(w);
        }
        break;
    case TAG_CODE: case TAG_KBD: case TAG_SAMP: case TAG_TT:
        if (f->markdown && out_inline_code_merged(f, n)) {
            out_walk_skip(w);
        } else if (f->markdown) {
            out_inline_code_span(f, n);
            out_walk_skip(w);
        }
        break;
    case TAG_TABLE:
        if (inl) {
            out_lines_request(f, OUT_BREAK_SPACE);
        } else {
            out_table(f, n);
            out_walk_skip(w);
        }
        break;
    case TAG_TR: out_lines_request(f, OUT_BREAK_LINE); break;
    case TAG_TD: case TAG_TH: out_lines_request(f, OUT_BREAK_SPACE); break;
    case TAG_HR:
        out_lines_request(f, OUT_BREAK_BLANK);
        if (f->markdown && !inl) {
            out_lines_flush(f, false);
            buf_append(f->out, "---", 3);
            f->line_start = false;
            out_lines_request(f, OUT_BREAK_BLANK);
        }
        break;
    case TAG_BR:
        out_lines_request(f, f->markdown ? OUT_BREAK_HARD : OUT_BREAK_LINE);
        break;
    case TAG_IMG:
        if (f->images)
            out_inline_image(f, n);
        break;
    case TAG_EM: case TAG_I:
        if (f->markdown)
            out_inline_push_frame(f, n, OUT_FRAME_EM);
        break;
    case TAG_STRONG: case TAG_B:
        if (f->markdown)
            out_inline_push_frame(f, n, OUT_FRAME_STRONG);
        break;
    case TAG_A: {
        slice href;
        if (f->links && out_inline_link_target(n, &href))
            out_inline_push_frame(f, n, OUT_FRAME_LINK);
        break;
    }
    default:
        if (is_block(n->tag))
            out_lines_request(f, OUT_BREAK_BLANK);
        break;
    }
}

static void leave_element(out_flow *f, const dom_node *n)
{
    bool inl = f->inline_only > 0;
    if (heading_level(n->tag)) {
        f->inline_only--;
        f->lead = NULL; /* an empty heading writes nothing */
        out_lines_request(f, OUT_BREAK_BLANK);
        return;
    }
    switch (n->tag) {
    case TAG_BLOCKQUOTE:
        if (!inl)
            out_lines_pop(f);
        out_lines_request(f, OUT_BREAK_BLANK);
        break;
    case TAG_UL: case TAG_OL:
        if (inl) {
            out_lines_request(f, OUT_BREAK_SPACE);
        } else {
            out_lines_pop(f);
            out_lines_request(f, OUT_BREAK_BLANK);
        }
        break;
    case TAG_LI:
        if (inl)
            out_lines_request(f, OUT_BREAK_SPACE);
        else
            leave_item(f);
        break;
    case TAG_DT: case TAG_DD:
        out_lines_request(f, f->markdown ? OUT_BREAK_BLANK : OUT_BREAK_LINE);
        break;
    case TAG_TR: out_lines_request(f, OUT_BREAK_LINE); break;
    case TAG_TD: case TAG_TH: case TAG_TABLE: out_lines_request(f, OUT_BREAK_SPACE); break;
    case TAG_EM: case TAG_I: case TAG_STRONG: case TAG_B: case TAG_A:
        if (f->markdown)
            out_inline_pop_frame(f, n);
        break;
    default:
        if (is_block(n->tag))
            out_lines_request(f, OUT_BREAK_BLANK);
        break;
    }
}

void out_flow_run(out_flow *f, const dom_node *root)
{
    out_walk w;
    out_walk_init(&w, root);
    while (out_walk_next(&w)) {
        const dom_node *n = w.node;
        if (n->type == DOM_TEXT) {
            out_inline_text(f, n->u.text);
            continue;
        }
        if (n->type != DOM_ELEMENT)
            continue;
        if (is_skipped(n)) {
            out_walk_skip(&w);
            continue;
        }
        if (w.entering)
            enter_element(f, &w, n);
        else
            leave_element(f, n);
    }
    out_inline_release(f);
}

void out_text(const dom_node *article, buf *out)
{
    out_flow f;
    out_flow_init(&f, out, false, false, false);
    out_flow_run(&f, article);
    out_flow_dispose(&f);
}

void out_markdown(const dom_node *article, bool links, bool images, buf *out)
{
    out_flow f;
    out_flow_init(&f, out, true, links, images);
    out_flow_run(&f, article);
    out_flow_dispose(&f);
}
