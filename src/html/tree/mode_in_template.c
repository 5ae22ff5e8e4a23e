/* mode_in_template.c - the "in template" insertion mode (HTML Standard
 * 13.2.6.4.16): the first start tag inside a <template> decides which
 * insertion mode its contents are parsed in. */
#include "tree.h"

static bool switch_template_mode(html_tree *t, html_mode m)
{
    html_tree_tmode_pop(t);
    html_tree_tmode_push(t, m);
    t->mode = m;
    return true;
}

bool html_tree_mode_in_template(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER: case TOKEN_COMMENT: case TOKEN_DOCTYPE:
        return html_tree_mode_in_body(t, tk);
    case TOKEN_START_TAG:
        switch (tk->tag) {
        case TAG_BASE: case TAG_BASEFONT: case TAG_BGSOUND: case TAG_LINK: case TAG_META:
        case TAG_NOFRAMES: case TAG_SCRIPT: case TAG_STYLE: case TAG_TEMPLATE: case TAG_TITLE:
            return html_tree_mode_in_head(t, tk);
        case TAG_CAPTION: case TAG_COLGROUP: case TAG_TBODY: case TAG_TFOOT: case TAG_THEAD:
            return switch_template_mode(t, MODE_IN_TABLE);
        case TAG_COL:
            return switch_template_mode(t, MODE_IN_COLUMN_GROUP);
        case TAG_TR:
            return switch_template_mode(t, MODE_IN_TABLE_BODY);
        case TAG_TD: case TAG_TH:
            return switch_template_mode(t, MODE_IN_ROW);
        default:
            return switch_template_mode(t, MODE_IN_BODY);
        }
    case TOKEN_END_TAG:
        if (tk->tag == TAG_TEMPLATE)
            return html_tree_mode_in_head(t, tk);
        html_tree_error(t);
        return false;
    case TOKEN_EOF:
        if (!t->tag_count[TAG_TEMPLATE]) {
            t->stopped = true;
            return false;
        }
        html_tree_error(t);
        html_tree_pop_until(t, TAG_TEMPLATE);
        html_tree_afe_clear_to_marker(t);
        html_tree_tmode_pop(t);
        html_tree_reset_insertion_mode(t);
        return true;
    }
    return false;
}
