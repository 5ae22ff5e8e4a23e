/* out_lines.c - breaks, containers and line prefixes for the flowed
 * writers (see out_flow.h).
 *
 * A line inside containers starts with one prefix per container, outermost
 * first: "> " for a Markdown block quote, the item's marker ("- ", "3. ")
 * on the item's first line and as many spaces on its later lines (the
 * CommonMark continuation indent).  Blank lines carry the prefixes too,
 * trimmed of trailing spaces, so a blank line inside a quote is ">". */
#include <stdint.h>
#include <stdlib.h>

#include "out_flow.h"

void out_lines_request(out_flow *f, out_break b)
{
    if (f->inline_only && b > OUT_BREAK_SPACE)
        b = OUT_BREAK_SPACE;
    if (b == OUT_BREAK_BLANK && f->items_open) {
        /* Plain text keeps list items one per line, whatever their inner
         * blocks.  Markdown keeps a list tight when an item starts with a
         * block (<li><p>..): the blank line would make the list loose. */
        const out_container *top = out_lines_top(f);
        if (!f->markdown || (top && top->kind == OUT_CONT_ITEM && !top->marker_done))
            b = OUT_BREAK_LINE;
    }
    if (b > f->pending)
        f->pending = (uint8_t)b;
    /* A blank line belongs to the shallower of the blocks it separates:
     * between "> a" and a nested quote it is ">", not "> >". */
    if (b == OUT_BREAK_BLANK && f->nconts < f->blank_depth)
        f->blank_depth = f->nconts;
}

static void write_prefix(out_flow *f, bool blank)
{
    buf *o = f->out;
    size_t start = o->len;
    size_t depth = blank && f->blank_depth < f->nconts ? f->blank_depth : f->nconts;
    for (size_t i = 0; i < depth; i++) {
        out_container *c = &f->conts[i];
        if (c->kind == OUT_CONT_QUOTE) {
            if (f->markdown)
                buf_append(o, "> ", 2);
        } else if (c->kind == OUT_CONT_ITEM) {
            if (!blank && !c->marker_done) {
                buf_puts(o, c->marker);
                c->marker_done = true;
            } else {
                for (unsigned k = 0; k < c->width; k++)
                    buf_putc(o, ' ');
            }
        }
    }
    if (blank && !o->failed)
        while (o->len > start && o->data[o->len - 1] == ' ')
            o->len--;
}

void out_lines_close_frames(out_flow *f)
{
    out_inline_release(f);
    for (size_t i = f->nframes; i-- > 0;)
        if (f->frames[i].opened)
            out_inline_frame_close(f, &f->frames[i]);
}

void out_lines_flush(out_flow *f, bool open_frames)
{
    if (f->held) {
        /* Adjacent spans of one kind merge: the first unopened frame
         * takes over the held one instead of closing and reopening. */
        out_frame *next = NULL;
        for (size_t i = 0; i < f->nframes && !next; i++)
            if (!f->frames[i].opened)
                next = &f->frames[i];
        if (open_frames && f->pending == OUT_BREAK_NONE && next && next->kind == f->held) {
            next->opened = true;
            next->silent = f->held_silent;
            next->open_at = f->held_open_at;
            f->held = 0;
        } else {
            /* The closer is followed by the pending space or break, if
             * any, else by the next opener or the content. */
            uint8_t cls = f->next_class;
            if (f->pending != OUT_BREAK_NONE)
                f->next_class = OUT_CHAR_SPACE;
            else if (open_frames && next)
                f->next_class = OUT_CHAR_PUNCT;
            out_inline_release(f);
            f->next_class = cls;
        }
    }
    uint8_t p = f->pending;
    f->pending = OUT_BREAK_NONE;
    if (!f->started) {
        /* The first content: no break before it, only its prefixes. */
        write_prefix(f, false);
        f->started = true;
        f->line_start = true;
    } else if (p == OUT_BREAK_SPACE) {
        buf_putc(f->out, ' ');
    } else if (p == OUT_BREAK_HARD) {
        /* A backslash before the newline is CommonMark's hard break; two
         * trailing spaces would be invisible and easily lost. */
        if (f->markdown)
            buf_putc(f->out, '\\');
        buf_putc(f->out, '\n');
        write_prefix(f, false);
        f->line_start = true;
    } else if (p >= OUT_BREAK_LINE) {
        /* Emphasis and links cannot span blocks in Markdown: close them
         * here, they reopen before the next character. */
        out_lines_close_frames(f);
        buf_putc(f->out, '\n');
        if (p == OUT_BREAK_BLANK) {
            write_prefix(f, true);
            buf_putc(f->out, '\n');
        }
        write_prefix(f, false);
        f->line_start = true;
    }
    f->blank_depth = SIZE_MAX;
    if (f->lead) {
        buf_puts(f->out, f->lead);
        f->lead = NULL;
    }
    if (open_frames) {
        /* An opener is followed by the content, or by a link's '['. */
        uint8_t cls = f->next_class;
        for (size_t i = 0; i < f->nframes; i++) {
            if (f->frames[i].opened)
                continue;
            f->next_class = cls;
            for (size_t k = i + 1; k < f->nframes; k++)
                if (f->frames[k].kind == OUT_FRAME_LINK)
                    f->next_class = OUT_CHAR_PUNCT;
            out_inline_frame_open(f, &f->frames[i]);
        }
        f->next_class = cls;
    }
}

void out_lines_put_line(out_flow *f, const char *s, size_t n)
{
    out_lines_request(f, OUT_BREAK_LINE);
    out_inline_release(f);
    if (n == 0 && f->started && f->pending == OUT_BREAK_LINE) {
        /* An empty line: the trimmed prefix only, no trailing spaces. */
        out_lines_close_frames(f);
        f->pending = OUT_BREAK_NONE;
        buf_putc(f->out, '\n');
        write_prefix(f, true);
        f->blank_depth = SIZE_MAX;
        return;
    }
    out_lines_flush(f, false);
    buf_append(f->out, s, n);
    f->line_start = false;
}

out_container *out_lines_push(out_flow *f, out_container_kind kind)
{
    if (f->conts_lost || (f->nconts == f->conts_cap && f->out->failed)) {
        f->conts_lost++;
        return NULL;
    }
    if (f->nconts == f->conts_cap) {
        size_t cap = f->conts_cap ? f->conts_cap * 2 : 16;
        out_container *c = realloc(f->conts, cap * sizeof *c);
        if (!c) {
            /* Out of memory: the output is marked failed; keep the pushes
             * and pops balanced so the walk ends cleanly. */
            f->out->failed = true;
            f->conts_lost++;
            return NULL;
        }
        f->conts = c;
        f->conts_cap = cap;
    }
    out_container *c = &f->conts[f->nconts++];
    *c = (out_container){ .kind = (uint8_t)kind };
    if (kind == OUT_CONT_ITEM)
        f->items_open++;
    return c;
}

void out_lines_pop(out_flow *f)
{
    if (f->conts_lost) {
        f->conts_lost--;
        return;
    }
    if (!f->nconts)
        return;
    if (f->conts[f->nconts - 1].kind == OUT_CONT_ITEM)
        f->items_open--;
    f->nconts--;
    if (f->blank_depth > f->nconts && f->blank_depth != SIZE_MAX)
        f->blank_depth = f->nconts;
}

out_container *out_lines_top(out_flow *f)
{
    return f->nconts && !f->conts_lost ? &f->conts[f->nconts - 1] : NULL;
}
