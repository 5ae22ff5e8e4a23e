/* mode_in_head.c - the "before head", "in head", "in head noscript" and
 * "after head" insertion modes (HTML Standard 13.2.6.4.3-6). */
#include "tree.h"

/* Inserts the leading whitespace of a character token and leaves the rest
 * in the token; true when nothing is left. */
static bool insert_leading_space(html_tree *t, html_token *tk)
{
    size_t n = html_tree_space_prefix(tk->data);
    if (n) {
        html_tree_insert_text(t, slice_make(tk->data.ptr, n));
        tk->data.ptr += n;
        tk->data.len -= n;
    }
    return tk->data.len == 0;
}

bool html_tree_mode_before_head(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER: {
        size_t n = html_tree_space_prefix(tk->data);
        tk->data.ptr += n;
        tk->data.len -= n;
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
        if (tk->tag == TAG_HEAD) {
            t->head = html_tree_insert_html(t, tk);
            t->mode = MODE_IN_HEAD;
            return false;
        }
        break;
    case TOKEN_END_TAG:
        if (tk->tag != TAG_HEAD && tk->tag != TAG_BODY && tk->tag != TAG_HTML &&
            tk->tag != TAG_BR) {
            html_tree_error(t);
            return false;
        }
        break;
    default:
        break;
    }
    t->head = html_tree_insert_phantom(t, TAG_HEAD);
    t->mode = MODE_IN_HEAD;
    return true;
}

static void start_script(html_tree *t, const html_token *tk)
{
    html_tree_insert_html(t, tk);
    html_tok_set_state(t->tok, HTML_TOK_SCRIPT_DATA);
    t->original_mode = t->mode;
    t->mode = MODE_TEXT;
}

static void start_template(html_tree *t, const html_token *tk)
{
    html_tree_insert_html(t, tk);
    html_tree_afe_push_marker(t);
    t->frameset_ok = false;
    t->mode = MODE_IN_TEMPLATE;
    html_tree_tmode_push(t, MODE_IN_TEMPLATE);
}

static void end_template(html_tree *t)
{
    if (!t->tag_count[TAG_TEMPLATE]) {
        html_tree_error(t);
        return;
    }
    html_tree_generate_all_implied_end_tags(t);
    if (!dom_is(html_tree_current(t), TAG_TEMPLATE))
        html_tree_error(t);
    html_tree_pop_until(t, TAG_TEMPLATE);
    html_tree_afe_clear_to_marker(t);
    html_tree_tmode_pop(t);
    html_tree_reset_insertion_mode(t);
}

bool html_tree_mode_in_head(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER:
        if (insert_leading_space(t, tk))
            return false;
        break;
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
        case TAG_BASE: case TAG_BASEFONT: case TAG_BGSOUND: case TAG_LINK: case TAG_META:
            html_tree_insert_html(t, tk);
            html_tree_pop(t);
            html_tree_ack_self_closing(t, tk);
            return false;
        case TAG_TITLE:
            html_tree_parse_text_element(t, tk, HTML_TOK_RCDATA);
            return false;
        case TAG_NOSCRIPT:
            if (!t->scripting) {
                html_tree_insert_html(t, tk);
                t->mode = MODE_IN_HEAD_NOSCRIPT;
                return false;
            }
            html_tree_parse_text_element(t, tk, HTML_TOK_RAWTEXT);
            return false;
        case TAG_NOFRAMES: case TAG_STYLE:
            html_tree_parse_text_element(t, tk, HTML_TOK_RAWTEXT);
            return false;
        case TAG_SCRIPT:
            start_script(t, tk);
            return false;
        case TAG_TEMPLATE:
            start_template(t, tk);
            return false;
        case TAG_HEAD:
            html_tree_error(t);
            return false;
        default:
            break;
        }
        break;
    case TOKEN_END_TAG:
        switch (tk->tag) {
        case TAG_HEAD:
            html_tree_pop(t);
            t->mode = MODE_AFTER_HEAD;
            return false;
        case TAG_BODY: case TAG_HTML: case TAG_BR:
            break;
        case TAG_TEMPLATE:
            end_template(t);
            return false;
        default:
            html_tree_error(t);
            return false;
        }
        break;
    default:
        break;
    }
    html_tree_pop(t); /* the head element */
    t->mode = MODE_AFTER_HEAD;
    return true;
}

bool html_tree_mode_in_head_noscript(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_DOCTYPE:
        html_tree_error(t);
        return false;
    case TOKEN_COMMENT:
        return html_tree_mode_in_head(t, tk);
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
    case TOKEN_START_TAG:
        switch (tk->tag) {
        case TAG_HTML:
            return html_tree_mode_in_body(t, tk);
        case TAG_BASEFONT: case TAG_BGSOUND: case TAG_LINK: case TAG_META: case TAG_NOFRAMES:
        case TAG_STYLE:
            return html_tree_mode_in_head(t, tk);
        case TAG_HEAD: case TAG_NOSCRIPT:
            html_tree_error(t);
            return false;
        default:
            break;
        }
        break;
    case TOKEN_END_TAG:
        if (tk->tag == TAG_NOSCRIPT) {
            html_tree_pop(t);
            t->mode = MODE_IN_HEAD;
            return false;
        }
        if (tk->tag != TAG_BR) {
            html_tree_error(t);
            return false;
        }
        break;
    default:
        break;
    }
    html_tree_error(t);
    html_tree_pop(t);
    t->mode = MODE_IN_HEAD;
    return true;
}

bool html_tree_mode_after_head(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER:
        if (insert_leading_space(t, tk))
            return false;
        break;
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
        case TAG_BODY:
            html_tree_insert_html(t, tk);
            t->frameset_ok = false;
            t->mode = MODE_IN_BODY;
            return false;
        case TAG_FRAMESET:
            html_tree_insert_html(t, tk);
            t->mode = MODE_IN_FRAMESET;
            return false;
        case TAG_BASE: case TAG_BASEFONT: case TAG_BGSOUND: case TAG_LINK: case TAG_META:
        case TAG_NOFRAMES: case TAG_SCRIPT: case TAG_STYLE: case TAG_TEMPLATE: case TAG_TITLE: {
            html_tree_error(t);
            dom_node *head = t->head;
            if (!head)
                return false;
            html_tree_push(t, head);
            bool again = html_tree_mode_in_head(t, tk);
            html_tree_stack_remove(t, head);
            return again;
        }
        case TAG_HEAD:
            html_tree_error(t);
            return false;
        default:
            break;
        }
        break;
    case TOKEN_END_TAG:
        if (tk->tag == TAG_TEMPLATE)
            return html_tree_mode_in_head(t, tk);
        if (tk->tag != TAG_BODY && tk->tag != TAG_HTML && tk->tag != TAG_BR) {
            html_tree_error(t);
            return false;
        }
        break;
    default:
        break;
    }
    html_tree_insert_phantom(t, TAG_BODY);
    t->mode = MODE_IN_BODY;
    return true;
}
