/* mode_in_table.c - the table insertion modes (HTML Standard 13.2.6.4.9-15):
 * "in table", "in table text", "in caption", "in column group", "in table
 * body", "in row" and "in cell".  Misplaced content in a table is "foster
 * parented" before the table (tree_insert.c). */
#include <string.h>

#include "tree.h"

static bool is_html_among(const dom_node *n, const tag_id *tags, size_t count)
{
    if (!n || n->ns != NS_HTML)
        return false;
    for (size_t i = 0; i < count; i++)
        if (n->tag == tags[i])
            return true;
    return false;
}

static void clear_back_to(html_tree *t, const tag_id *tags, size_t count)
{
    while (t->depth > 1 && !is_html_among(html_tree_current(t), tags, count))
        html_tree_pop(t);
}

static void clear_to_table_context(html_tree *t)
{
    static const tag_id tags[] = { TAG_TABLE, TAG_TEMPLATE, TAG_HTML };
    clear_back_to(t, tags, 3);
}

static void clear_to_table_body_context(html_tree *t)
{
    static const tag_id tags[] = { TAG_TBODY, TAG_TFOOT, TAG_THEAD, TAG_TEMPLATE, TAG_HTML };
    clear_back_to(t, tags, 5);
}

static void clear_to_table_row_context(html_tree *t)
{
    static const tag_id tags[] = { TAG_TR, TAG_TEMPLATE, TAG_HTML };
    clear_back_to(t, tags, 3);
}

/* "Anything else" in table: foster parent through the in-body rules. */
static bool in_table_anything_else(html_tree *t, html_token *tk)
{
    html_tree_error(t);
    bool saved = t->foster_parenting;
    t->foster_parenting = true;
    bool again = html_tree_mode_in_body(t, tk);
    t->foster_parenting = saved;
    return again;
}

static bool close_table(html_tree *t)
{
    if (!html_tree_has_in_scope(t, TAG_TABLE, SCOPE_TABLE)) {
        html_tree_error(t);
        return false;
    }
    html_tree_pop_until(t, TAG_TABLE);
    html_tree_reset_insertion_mode(t);
    return true;
}

bool html_tree_mode_in_table(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER: {
        static const tag_id tags[] = { TAG_TABLE, TAG_TBODY, TAG_TEMPLATE, TAG_TFOOT, TAG_THEAD,
                                       TAG_TR };
        if (is_html_among(html_tree_current(t), tags, 6)) {
            t->pending_len = 0;
            t->pending_non_space = false;
            t->original_mode = t->mode;
            t->mode = MODE_IN_TABLE_TEXT;
            return true;
        }
        return in_table_anything_else(t, tk);
    }
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, NULL);
        return false;
    case TOKEN_DOCTYPE:
        html_tree_error(t);
        return false;
    case TOKEN_START_TAG:
        switch (tk->tag) {
        case TAG_CAPTION:
            clear_to_table_context(t);
            html_tree_afe_push_marker(t);
            html_tree_insert_html(t, tk);
            t->mode = MODE_IN_CAPTION;
            return false;
        case TAG_COLGROUP:
            clear_to_table_context(t);
            html_tree_insert_html(t, tk);
            t->mode = MODE_IN_COLUMN_GROUP;
            return false;
        case TAG_COL:
            clear_to_table_context(t);
            html_tree_insert_phantom(t, TAG_COLGROUP);
            t->mode = MODE_IN_COLUMN_GROUP;
            return true;
        case TAG_TBODY: case TAG_TFOOT: case TAG_THEAD:
            clear_to_table_context(t);
            html_tree_insert_html(t, tk);
            t->mode = MODE_IN_TABLE_BODY;
            return false;
        case TAG_TD: case TAG_TH: case TAG_TR:
            clear_to_table_context(t);
            html_tree_insert_phantom(t, TAG_TBODY);
            t->mode = MODE_IN_TABLE_BODY;
            return true;
        case TAG_TABLE:
            html_tree_error(t);
            return close_table(t);
        case TAG_STYLE: case TAG_SCRIPT: case TAG_TEMPLATE:
            return html_tree_mode_in_head(t, tk);
        case TAG_INPUT: {
            bool hidden = false;
            for (uint32_t i = 0; i < tk->attr_count; i++)
                if (slice_eq_cstr(tk->attrs[i].name, "type")) {
                    hidden = slice_eq_nocase(tk->attrs[i].value, "hidden");
                    break;
                }
            if (!hidden)
                break;
            html_tree_error(t);
            html_tree_insert_html(t, tk);
            html_tree_pop(t);
            html_tree_ack_self_closing(t, tk);
            return false;
        }
        case TAG_FORM:
            html_tree_error(t);
            if (t->tag_count[TAG_TEMPLATE] || t->form)
                return false;
            t->form = html_tree_insert_html(t, tk);
            html_tree_pop(t);
            return false;
        default:
            break;
        }
        break;
    case TOKEN_END_TAG:
        switch (tk->tag) {
        case TAG_TABLE:
            close_table(t);
            return false;
        case TAG_BODY: case TAG_CAPTION: case TAG_COL: case TAG_COLGROUP: case TAG_HTML:
        case TAG_TBODY: case TAG_TD: case TAG_TFOOT: case TAG_TH: case TAG_THEAD: case TAG_TR:
            html_tree_error(t);
            return false;
        case TAG_TEMPLATE:
            return html_tree_mode_in_head(t, tk);
        default:
            break;
        }
        break;
    case TOKEN_EOF:
        return html_tree_mode_in_body(t, tk);
    }
    return in_table_anything_else(t, tk);
}

bool html_tree_mode_in_table_text(html_tree *t, html_token *tk)
{
    if (tk->type == TOKEN_CHARACTER) {
        if (tk->data.len == 1 && tk->data.ptr[0] == '\0') {
            html_tree_error(t);
            return false;
        }
        if (!html_tree_grow(t, (void **)&t->pending, &t->pending_cap,
                            t->pending_len + tk->data.len, 1))
            return false;
        memcpy(t->pending + t->pending_len, tk->data.ptr, tk->data.len);
        t->pending_len += tk->data.len;
        if (html_tree_space_prefix(tk->data) != tk->data.len)
            t->pending_non_space = true;
        return false;
    }
    if (t->pending_len) {
        slice s = slice_make(t->pending, t->pending_len);
        if (t->pending_non_space) {
            /* The in-table "anything else" rules, for characters. */
            html_tree_error(t);
            bool saved = t->foster_parenting;
            t->foster_parenting = true;
            html_tree_reconstruct_formatting(t);
            html_tree_insert_text(t, s);
            t->frameset_ok = false;
            t->foster_parenting = saved;
        } else {
            html_tree_insert_text(t, s);
        }
        t->pending_len = 0;
    }
    t->mode = t->original_mode;
    return true;
}

static bool close_caption(html_tree *t)
{
    if (!html_tree_has_in_scope(t, TAG_CAPTION, SCOPE_TABLE)) {
        html_tree_error(t);
        return false;
    }
    html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
    if (!dom_is(html_tree_current(t), TAG_CAPTION))
        html_tree_error(t);
    html_tree_pop_until(t, TAG_CAPTION);
    html_tree_afe_clear_to_marker(t);
    t->mode = MODE_IN_TABLE;
    return true;
}

bool html_tree_mode_in_caption(html_tree *t, html_token *tk)
{
    if (tk->type == TOKEN_END_TAG) {
        switch (tk->tag) {
        case TAG_CAPTION:
            close_caption(t);
            return false;
        case TAG_TABLE:
            return close_caption(t);
        case TAG_BODY: case TAG_COL: case TAG_COLGROUP: case TAG_HTML: case TAG_TBODY:
        case TAG_TD: case TAG_TFOOT: case TAG_TH: case TAG_THEAD: case TAG_TR:
            html_tree_error(t);
            return false;
        default:
            break;
        }
    } else if (tk->type == TOKEN_START_TAG) {
        switch (tk->tag) {
        case TAG_CAPTION: case TAG_COL: case TAG_COLGROUP: case TAG_TBODY: case TAG_TD:
        case TAG_TFOOT: case TAG_TH: case TAG_THEAD: case TAG_TR:
            return close_caption(t);
        default:
            break;
        }
    }
    return html_tree_mode_in_body(t, tk);
}

bool html_tree_mode_in_column_group(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER: {
        size_t n = html_tree_space_prefix(tk->data);
        if (n) {
            html_tree_insert_text(t, slice_make(tk->data.ptr, n));
            tk->data.ptr += n;
            tk->data.len -= n;
        }
        if (!tk->data.len)
            return false;
        break;
    }
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, NULL);
        return false;
    case TOKEN_DOCTYPE:
        html_tree_error(t);
        return false;
    case TOKEN_START_TAG:
        if (tk->tag == TAG_HTML)
            return html_tree_mode_in_body(t, tk);
        if (tk->tag == TAG_COL) {
            html_tree_insert_html(t, tk);
            html_tree_pop(t);
            html_tree_ack_self_closing(t, tk);
            return false;
        }
        if (tk->tag == TAG_TEMPLATE)
            return html_tree_mode_in_head(t, tk);
        break;
    case TOKEN_END_TAG:
        if (tk->tag == TAG_COLGROUP) {
            if (!dom_is(html_tree_current(t), TAG_COLGROUP)) {
                html_tree_error(t);
                return false;
            }
            html_tree_pop(t);
            t->mode = MODE_IN_TABLE;
            return false;
        }
        if (tk->tag == TAG_COL) {
            html_tree_error(t);
            return false;
        }
        if (tk->tag == TAG_TEMPLATE)
            return html_tree_mode_in_head(t, tk);
        break;
    case TOKEN_EOF:
        return html_tree_mode_in_body(t, tk);
    }
    if (!dom_is(html_tree_current(t), TAG_COLGROUP)) {
        html_tree_error(t);
        return false;
    }
    html_tree_pop(t);
    t->mode = MODE_IN_TABLE;
    return true;
}

static bool has_table_section_in_scope(const html_tree *t)
{
    return html_tree_has_in_scope(t, TAG_TBODY, SCOPE_TABLE) ||
           html_tree_has_in_scope(t, TAG_THEAD, SCOPE_TABLE) ||
           html_tree_has_in_scope(t, TAG_TFOOT, SCOPE_TABLE);
}

bool html_tree_mode_in_table_body(html_tree *t, html_token *tk)
{
    if (tk->type == TOKEN_START_TAG) {
        switch (tk->tag) {
        case TAG_TR:
            clear_to_table_body_context(t);
            html_tree_insert_html(t, tk);
            t->mode = MODE_IN_ROW;
            return false;
        case TAG_TH: case TAG_TD:
            html_tree_error(t);
            clear_to_table_body_context(t);
            html_tree_insert_phantom(t, TAG_TR);
            t->mode = MODE_IN_ROW;
            return true;
        case TAG_CAPTION: case TAG_COL: case TAG_COLGROUP: case TAG_TBODY: case TAG_TFOOT:
        case TAG_THEAD:
            if (!has_table_section_in_scope(t)) {
                html_tree_error(t);
                return false;
            }
            clear_to_table_body_context(t);
            html_tree_pop(t);
            t->mode = MODE_IN_TABLE;
            return true;
        default:
            break;
        }
    } else if (tk->type == TOKEN_END_TAG) {
        switch (tk->tag) {
        case TAG_TBODY: case TAG_TFOOT: case TAG_THEAD:
            if (!html_tree_has_in_scope(t, (tag_id)tk->tag, SCOPE_TABLE)) {
                html_tree_error(t);
                return false;
            }
            clear_to_table_body_context(t);
            html_tree_pop(t);
            t->mode = MODE_IN_TABLE;
            return false;
        case TAG_TABLE:
            if (!has_table_section_in_scope(t)) {
                html_tree_error(t);
                return false;
            }
            clear_to_table_body_context(t);
            html_tree_pop(t);
            t->mode = MODE_IN_TABLE;
            return true;
        case TAG_BODY: case TAG_CAPTION: case TAG_COL: case TAG_COLGROUP: case TAG_HTML:
        case TAG_TD: case TAG_TH: case TAG_TR:
            html_tree_error(t);
            return false;
        default:
            break;
        }
    }
    return html_tree_mode_in_table(t, tk);
}

static bool close_row(html_tree *t)
{
    if (!html_tree_has_in_scope(t, TAG_TR, SCOPE_TABLE)) {
        html_tree_error(t);
        return false;
    }
    clear_to_table_row_context(t);
    html_tree_pop(t);
    t->mode = MODE_IN_TABLE_BODY;
    return true;
}

bool html_tree_mode_in_row(html_tree *t, html_token *tk)
{
    if (tk->type == TOKEN_START_TAG) {
        switch (tk->tag) {
        case TAG_TH: case TAG_TD:
            clear_to_table_row_context(t);
            html_tree_insert_html(t, tk);
            t->mode = MODE_IN_CELL;
            html_tree_afe_push_marker(t);
            return false;
        case TAG_CAPTION: case TAG_COL: case TAG_COLGROUP: case TAG_TBODY: case TAG_TFOOT:
        case TAG_THEAD: case TAG_TR:
            return close_row(t);
        default:
            break;
        }
    } else if (tk->type == TOKEN_END_TAG) {
        switch (tk->tag) {
        case TAG_TR:
            close_row(t);
            return false;
        case TAG_TABLE:
            return close_row(t);
        case TAG_TBODY: case TAG_TFOOT: case TAG_THEAD:
            if (!html_tree_has_in_scope(t, (tag_id)tk->tag, SCOPE_TABLE)) {
                html_tree_error(t);
                return false;
            }
            if (!html_tree_has_in_scope(t, TAG_TR, SCOPE_TABLE))
                return false;
            clear_to_table_row_context(t);
            html_tree_pop(t);
            t->mode = MODE_IN_TABLE_BODY;
            return true;
        case TAG_BODY: case TAG_CAPTION: case TAG_COL: case TAG_COLGROUP: case TAG_HTML:
        case TAG_TD: case TAG_TH:
            html_tree_error(t);
            return false;
        default:
            break;
        }
    }
    return html_tree_mode_in_table(t, tk);
}

static void close_cell(html_tree *t)
{
    html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
    dom_node *cur = html_tree_current(t);
    if (!dom_is(cur, TAG_TD) && !dom_is(cur, TAG_TH))
        html_tree_error(t);
    while (t->depth > 1) {
        dom_node *n = html_tree_current(t);
        html_tree_pop(t);
        if (dom_is(n, TAG_TD) || dom_is(n, TAG_TH))
            break;
    }
    html_tree_afe_clear_to_marker(t);
    t->mode = MODE_IN_ROW;
}

bool html_tree_mode_in_cell(html_tree *t, html_token *tk)
{
    if (tk->type == TOKEN_END_TAG) {
        switch (tk->tag) {
        case TAG_TD: case TAG_TH:
            if (!html_tree_has_in_scope(t, (tag_id)tk->tag, SCOPE_TABLE)) {
                html_tree_error(t);
                return false;
            }
            html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
            if (!dom_is(html_tree_current(t), (tag_id)tk->tag))
                html_tree_error(t);
            html_tree_pop_until(t, (tag_id)tk->tag);
            html_tree_afe_clear_to_marker(t);
            t->mode = MODE_IN_ROW;
            return false;
        case TAG_BODY: case TAG_CAPTION: case TAG_COL: case TAG_COLGROUP: case TAG_HTML:
            html_tree_error(t);
            return false;
        case TAG_TABLE: case TAG_TBODY: case TAG_TFOOT: case TAG_THEAD: case TAG_TR:
            if (!html_tree_has_in_scope(t, (tag_id)tk->tag, SCOPE_TABLE)) {
                html_tree_error(t);
                return false;
            }
            close_cell(t);
            return true;
        default:
            break;
        }
    } else if (tk->type == TOKEN_START_TAG) {
        switch (tk->tag) {
        case TAG_CAPTION: case TAG_COL: case TAG_COLGROUP: case TAG_TBODY: case TAG_TD:
        case TAG_TFOOT: case TAG_TH: case TAG_THEAD: case TAG_TR:
            if (!html_tree_has_cell_in_table_scope(t)) {
                html_tree_error(t);
                return false;
            }
            close_cell(t);
            return true;
        default:
            break;
        }
    }
    return html_tree_mode_in_body(t, tk);
}
