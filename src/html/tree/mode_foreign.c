/* mode_foreign.c - the rules for parsing tokens in foreign content (HTML
 * Standard 13.2.6.5): SVG and MathML subtrees, the HTML tags that break
 * out of them, and end tags matched by case-insensitive name.  The SVG and
 * MathML name adjustments are in tree_foreign_names.c and are applied when
 * the element is created (tree_insert.c). */
#include "tree.h"

static const char replacement_char[] = "\xEF\xBF\xBD"; /* U+FFFD */

static bool breaks_out(const html_token *tk)
{
    if (tk->type == TOKEN_END_TAG)
        return tk->tag == TAG_BR || tk->tag == TAG_P;
    switch (tk->tag) {
    case TAG_B: case TAG_BIG: case TAG_BLOCKQUOTE: case TAG_BODY: case TAG_BR: case TAG_CENTER:
    case TAG_CODE: case TAG_DD: case TAG_DIV: case TAG_DL: case TAG_DT: case TAG_EM:
    case TAG_EMBED: case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
    case TAG_HEAD: case TAG_HR: case TAG_I: case TAG_IMG: case TAG_LI: case TAG_LISTING:
    case TAG_MENU: case TAG_META: case TAG_NOBR: case TAG_OL: case TAG_P: case TAG_PRE:
    case TAG_RUBY: case TAG_S: case TAG_SMALL: case TAG_SPAN: case TAG_STRONG: case TAG_STRIKE:
    case TAG_SUB: case TAG_SUP: case TAG_TABLE: case TAG_TT: case TAG_U: case TAG_UL: case TAG_VAR:
        return true;
    case TAG_FONT:
        for (uint32_t i = 0; i < tk->attr_count; i++) {
            slice n = tk->attrs[i].name;
            if (slice_eq_cstr(n, "color") || slice_eq_cstr(n, "face") || slice_eq_cstr(n, "size"))
                return true;
        }
        return false;
    default:
        return false;
    }
}

/* The element's name, ASCII-lowercased, equals the (lowercase) token name. */
static bool names_match(const dom_node *n, slice lower)
{
    if (n->name.len != lower.len)
        return false;
    for (size_t i = 0; i < lower.len; i++) {
        unsigned char a = (unsigned char)n->name.ptr[i];
        if (a >= 'A' && a <= 'Z')
            a += 32;
        if (a != (unsigned char)lower.ptr[i])
            return false;
    }
    return true;
}

static bool is_breakout_stop(const dom_node *n)
{
    return n->ns == NS_HTML || html_tree_is_mathml_text_ip(n) || html_tree_is_html_ip(n);
}

bool html_tree_foreign_content(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER:
        if (tk->data.len == 1 && tk->data.ptr[0] == '\0') {
            html_tree_error(t);
            html_tree_insert_text(t, SLICE_LIT(replacement_char));
            return false;
        }
        html_tree_insert_text(t, tk->data);
        if (t->frameset_ok && html_tree_space_prefix(tk->data) != tk->data.len)
            t->frameset_ok = false;
        return false;
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, NULL);
        return false;
    case TOKEN_DOCTYPE:
        html_tree_error(t);
        return false;
    case TOKEN_START_TAG:
    case TOKEN_END_TAG:
        break;
    case TOKEN_EOF:
        return true;
    }
    if (breaks_out(tk)) {
        html_tree_error(t);
        while (t->depth > 1 && !is_breakout_stop(html_tree_current(t)))
            html_tree_pop(t);
        return true;
    }
    if (tk->type == TOKEN_START_TAG) {
        const dom_node *acn = html_tree_adjusted_current(t);
        dom_ns ns = acn ? (dom_ns)acn->ns : NS_HTML;
        html_tree_insert_element(t, tk, ns);
        if (tk->self_closing) {
            html_tree_pop(t);
            html_tree_ack_self_closing(t, tk);
        }
        return false;
    }
    /* Any other end tag (an SVG </script> simply pops: no scripts run). */
    dom_node *node = html_tree_current(t);
    if (!node)
        return false;
    if (!names_match(node, tk->name))
        html_tree_error(t);
    for (size_t i = t->depth; i-- > 0;) {
        node = t->stack[i];
        if (i == 0)
            return false; /* fragment case */
        if (names_match(node, tk->name)) {
            while (t->depth > i)
                html_tree_pop(t);
            return false;
        }
        if (t->stack[i - 1]->ns == NS_HTML)
            return html_tree_process_in_mode(t, t->mode, tk);
    }
    return false;
}
