/* out_table.c - tables in the flowed writers.
 *
 * Markdown: a GFM table (GitHub Flavored Markdown spec, "Tables"): the
 * first row is the header row (GFM requires one; an HTML table without
 * <th> still has a first row that usually names the columns), then the
 * delimiter row, then the other rows, every row padded to the widest.
 * colspan repeats empty cells; rowspan has no GFM form and is dropped.
 * Plain text: one row per line, cells separated by a TAB.
 *
 * Each cell is rendered by a second flow engine in inline-only mode (breaks
 * become spaces, '|' is escaped), so nested tables flatten into their cell
 * instead of nesting the engine again: depth stays bounded. */
#include <stdint.h>

#include "out_flow.h"

#include "../core/ascii.h"

/* Widest table written as a grid; wider rows are cut (a "table" that wide
 * is layout, not data).  Also the largest colspan honoured. */
enum { OUT_TABLE_MAX_COLUMNS = 1000 };

/* The next row of `table` after `row` (NULL: the first), through thead,
 * tbody and tfoot but not into nested tables or cells. */
static const dom_node *next_row(const dom_node *table, const dom_node *row)
{
    const dom_node *n = row ? dom_next_skip(table, row) : dom_next(table, table);
    while (n) {
        if (dom_is(n, TAG_TR))
            return n;
        if (n->type == DOM_ELEMENT && (dom_is(n, TAG_TABLE) || dom_is(n, TAG_TD) || dom_is(n, TAG_TH) ||
                                       dom_is(n, TAG_CAPTION)))
            n = dom_next_skip(table, n);
        else
            n = dom_next(table, n);
    }
    return NULL;
}

static bool is_cell(const dom_node *n) { return dom_is(n, TAG_TD) || dom_is(n, TAG_TH); }

static unsigned colspan(const dom_node *cell)
{
    slice s = slice_trim(dom_attr_value(cell, "colspan"));
    unsigned v = 0;
    for (size_t i = 0; s.ptr && i < s.len && ascii_is_digit((unsigned char)s.ptr[i]); i++)
        if (v < OUT_TABLE_MAX_COLUMNS)
            v = v * 10 + (unsigned)(s.ptr[i] - '0');
    if (v < 1)
        v = 1;
    return v > OUT_TABLE_MAX_COLUMNS ? OUT_TABLE_MAX_COLUMNS : v;
}

static unsigned count_columns(const dom_node *table)
{
    unsigned cols = 0;
    for (const dom_node *row = next_row(table, NULL); row; row = next_row(table, row)) {
        unsigned c = 0;
        for (const dom_node *cell = row->first_child; cell; cell = cell->next)
            if (is_cell(cell) && (c += colspan(cell)) >= OUT_TABLE_MAX_COLUMNS)
                break;
        if (c > cols)
            cols = c > OUT_TABLE_MAX_COLUMNS ? OUT_TABLE_MAX_COLUMNS : c;
    }
    return cols;
}

/* Renders the inline content of a cell (or caption) into `into`. */
static void render_inline(out_flow *parent, out_flow *sub, buf *into, const dom_node *n, bool cell)
{
    buf_clear(into);
    sub->out = into;
    sub->in_cell = cell;
    sub->inline_only = 1;
    sub->started = false;
    sub->line_start = false;
    sub->pending = OUT_BREAK_NONE;
    sub->blank_depth = SIZE_MAX;
    sub->lead = NULL;
    sub->nconts = sub->conts_lost = 0;
    sub->nframes = 0;
    sub->held = 0;
    sub->code_merged_next = NULL;
    sub->items_open = 0;
    out_flow_run(sub, n);
    if (into->failed)
        parent->out->failed = true;
}

static bool has_text(const buf *b)
{
    for (size_t i = 0; i < b->len; i++)
        if (!ascii_is_space((unsigned char)b->data[i]))
            return true;
    return false;
}

void out_table(out_flow *f, const dom_node *table)
{
    out_flow sub;
    out_flow_init(&sub, f->out, f->markdown, f->links, f->images);
    buf cell = BUF_INIT, line = BUF_INIT;

    out_lines_request(f, OUT_BREAK_BLANK);
    for (const dom_node *c = table->first_child; c; c = c->next) {
        if (!dom_is(c, TAG_CAPTION))
            continue;
        render_inline(f, &sub, &cell, c, false);
        if (has_text(&cell)) {
            out_lines_put_line(f, cell.data, cell.len);
            out_lines_request(f, f->markdown ? OUT_BREAK_BLANK : OUT_BREAK_LINE);
        }
        break;
    }

    unsigned columns = count_columns(table);
    bool first = true;
    for (const dom_node *row = columns ? next_row(table, NULL) : NULL; row; row = next_row(table, row)) {
        buf_clear(&line);
        unsigned used = 0;
        bool any = false;
        if (f->markdown)
            buf_putc(&line, '|');
        for (const dom_node *c = row->first_child; c && used < columns; c = c->next) {
            if (!is_cell(c))
                continue;
            render_inline(f, &sub, &cell, c, true);
            any = any || has_text(&cell);
            unsigned span = colspan(c);
            if (span > columns - used)
                span = columns - used;
            if (f->markdown) {
                buf_putc(&line, ' ');
                buf_append(&line, cell.data, cell.len);
                buf_append(&line, " |", 2);
                for (unsigned k = 1; k < span; k++)
                    buf_append(&line, "  |", 3);
            } else {
                if (used)
                    buf_putc(&line, '\t');
                buf_append(&line, cell.data, cell.len);
            }
            used += span;
        }
        if (!used || (!f->markdown && !any))
            continue;
        if (f->markdown)
            for (; used < columns; used++)
                buf_append(&line, "  |", 3);
        if (line.failed)
            break;
        out_lines_put_line(f, line.data, line.len);
        if (f->markdown && first) {
            buf_clear(&line);
            buf_putc(&line, '|');
            for (unsigned k = 0; k < columns; k++)
                buf_append(&line, " --- |", 6);
            if (line.failed)
                break;
            out_lines_put_line(f, line.data, line.len);
        }
        first = false;
    }
    if (cell.failed || line.failed)
        f->out->failed = true;
    out_lines_request(f, OUT_BREAK_BLANK);
    buf_dispose(&cell);
    buf_dispose(&line);
    out_flow_dispose(&sub);
}
