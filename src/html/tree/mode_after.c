/* mode_after.c - the modes after the body and the frameset modes (HTML
 * Standard 13.2.6.4.19-23): "after body", "in frameset", "after
 * frameset", "after after body", "after after frameset". */
#include "tree.h"

/* Inserts only the whitespace of a character token; every other
 * character is a parse error and is dropped. */
static void insert_spaces_only(html_tree *t, slice s)
{
    size_t i = 0;
    while (i < s.len) {
        size_t n = html_tree_space_prefix(slice_make(s.ptr + i, s.len - i));
        if (n) {
            html_tree_insert_text(t, slice_make(s.ptr + i, n));
            i += n;
            continue;
        }
        html_tree_error(t);
        i++;
    }
}

static bool all_space(slice s) { return html_tree_space_prefix(s) == s.len; }

bool html_tree_mode_after_body(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER: {
        size_t n = html_tree_space_prefix(tk->data);
        if (n) {
            html_token ws = *tk;
            ws.data.len = n;
            html_tree_mode_in_body(t, &ws);
            tk->data.ptr += n;
            tk->data.len -= n;
        }
        if (!tk->data.len)
            return false;
        break;
    }
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, t->depth ? t->stack[0] : t->doc->root);
        return false;
    case TOKEN_DOCTYPE:
        html_tree_error(t);
        return false;
    case TOKEN_START_TAG:
        if (tk->tag == TAG_HTML)
            return html_tree_mode_in_body(t, tk);
        break;
    case TOKEN_END_TAG:
        if (tk->tag == TAG_HTML) {
            if (t->fragment) {
                html_tree_error(t);
                return false;
            }
            t->mode = MODE_AFTER_AFTER_BODY;
            return false;
        }
        break;
    case TOKEN_EOF:
        t->stopped = true;
        return false;
    }
    html_tree_error(t);
    t->mode = MODE_IN_BODY;
    return true;
}

bool html_tree_mode_in_frameset(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER:
        insert_spaces_only(t, tk->data);
        return false;
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, NULL);
        return false;
    case TOKEN_DOCTYPE:
        html_tree_error(t);
        return false;
    case TOKEN_START_TAG:
        switch (tk->tag) {
        case TAG_HTML:
            return html_tree_mode_in_body(t, tk);
        case TAG_FRAMESET:
            html_tree_insert_html(t, tk);
            return false;
        case TAG_FRAME:
            html_tree_insert_html(t, tk);
            html_tree_pop(t);
            html_tree_ack_self_closing(t, tk);
            return false;
        case TAG_NOFRAMES:
            return html_tree_mode_in_head(t, tk);
        default:
            break;
        }
        break;
    case TOKEN_END_TAG:
        if (tk->tag == TAG_FRAMESET) {
            if (t->depth <= 1) {
                html_tree_error(t);
                return false;
            }
            html_tree_pop(t);
            if (!t->fragment && !dom_is(html_tree_current(t), TAG_FRAMESET))
                t->mode = MODE_AFTER_FRAMESET;
            return false;
        }
        break;
    case TOKEN_EOF:
        if (t->depth > 1)
            html_tree_error(t);
        t->stopped = true;
        return false;
    }
    html_tree_error(t);
    return false;
}

bool html_tree_mode_after_frameset(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER:
        insert_spaces_only(t, tk->data);
        return false;
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, NULL);
        return false;
    case TOKEN_DOCTYPE:
        html_tree_error(t);
        return false;
    case TOKEN_START_TAG:
        if (tk->tag == TAG_HTML)
            return html_tree_mode_in_body(t, tk);
        if (tk->tag == TAG_NOFRAMES)
            return html_tree_mode_in_head(t, tk);
        break;
    case TOKEN_END_TAG:
        if (tk->tag == TAG_HTML) {
            t->mode = MODE_AFTER_AFTER_FRAMESET;
            return false;
        }
        break;
    case TOKEN_EOF:
        t->stopped = true;
        return false;
    }
    html_tree_error(t);
    return false;
}

bool html_tree_mode_after_after_body(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, t->doc->root);
        return false;
    case TOKEN_DOCTYPE:
        return html_tree_mode_in_body(t, tk);
    case TOKEN_CHARACTER: {
        size_t n = html_tree_space_prefix(tk->data);
        if (n) {
            html_token ws = *tk;
            ws.data.len = n;
            html_tree_mode_in_body(t, &ws);
            tk->data.ptr += n;
            tk->data.len -= n;
        }
        if (!tk->data.len)
            return false;
        break;
    }
    case TOKEN_START_TAG:
        if (tk->tag == TAG_HTML)
            return html_tree_mode_in_body(t, tk);
        break;
    case TOKEN_EOF:
        t->stopped = true;
        return false;
    default:
        break;
    }
    html_tree_error(t);
    t->mode = MODE_IN_BODY;
    return true;
}

bool html_tree_mode_after_after_frameset(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, t->doc->root);
        return false;
    case TOKEN_DOCTYPE:
        return html_tree_mode_in_body(t, tk);
    case TOKEN_CHARACTER:
        if (all_space(tk->data))
            return html_tree_mode_in_body(t, tk);
        {
            /* Whitespace goes through the in-body rules, the rest is
             * dropped with an error each. */
            size_t i = 0;
            while (i < tk->data.len) {
                slice rest = slice_make(tk->data.ptr + i, tk->data.len - i);
                size_t n = html_tree_space_prefix(rest);
                if (n) {
                    html_token ws = *tk;
                    ws.data = slice_make(rest.ptr, n);
                    html_tree_mode_in_body(t, &ws);
                    i += n;
                } else {
                    html_tree_error(t);
                    i++;
                }
            }
        }
        return false;
    case TOKEN_START_TAG:
        if (tk->tag == TAG_HTML)
            return html_tree_mode_in_body(t, tk);
        if (tk->tag == TAG_NOFRAMES)
            return html_tree_mode_in_head(t, tk);
        break;
    case TOKEN_EOF:
        t->stopped = true;
        return false;
    default:
        break;
    }
    html_tree_error(t);
    return false;
}
