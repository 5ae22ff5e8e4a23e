/* mode_text.c - the "text" insertion mode (HTML Standard 13.2.6.4.8): the
 * contents of <title>, <textarea>, <style>, <script>, <xmp> and the other
 * raw text elements, which the tokenizer delivers as characters.  Scripts
 * never run: pith has no script engine. */
#include "tree.h"

bool html_tree_mode_text(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER:
        html_tree_insert_text(t, tk->data);
        return false;
    case TOKEN_EOF:
        html_tree_error(t);
        html_tree_pop(t);
        t->mode = t->original_mode;
        return true;
    case TOKEN_END_TAG:
        html_tree_pop(t);
        t->mode = t->original_mode;
        return false;
    default:
        /* The tokenizer emits nothing else in these states. */
        return false;
    }
}
