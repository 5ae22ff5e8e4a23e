/* mode_in_body.c - the "in body" insertion mode (HTML Standard 13.2.6.4.7),
 * including the <select> rules of the customizable-select parser change
 * (a <select> no longer has insertion modes of its own: nested <select>,
 * <input> and table tags close it; <option>, <optgroup> and <hr> close
 * open options). */
#include "../../core/ascii.h"
#include "tree.h"

static void close_p_if_in_button_scope(html_tree *t)
{
    if (html_tree_has_in_scope(t, TAG_P, SCOPE_BUTTON))
        html_tree_close_p(t);
}

/* Adds the token's attributes that `el` lacks (<html>, <body> again). */
static void merge_attrs(html_tree *t, dom_node *el, const html_token *tk)
{
    if (!tk->attr_count)
        return;
    uint32_t n = el->u.el.attr_count;
    dom_attr *attrs = arena_alloc(t->a, (n + tk->attr_count) * sizeof *attrs);
    if (!attrs) {
        html_tree_fail(t);
        return;
    }
    for (uint32_t i = 0; i < n; i++)
        attrs[i] = el->u.el.attrs[i];
    for (uint32_t i = 0; i < tk->attr_count; i++) {
        bool have = false;
        for (uint32_t j = 0; j < n && !have; j++)
            have = el->u.el.attrs[j].ns == ATTR_NS_NONE &&
                   slice_eq(el->u.el.attrs[j].name, tk->attrs[i].name);
        if (have)
            continue;
        attrs[el->u.el.attr_count].name = html_tree_keep(t, tk->attrs[i].name);
        attrs[el->u.el.attr_count].value = html_tree_keep(t, tk->attrs[i].value);
        attrs[el->u.el.attr_count].ns = ATTR_NS_NONE;
        el->u.el.attr_count++;
    }
    el->u.el.attrs = attrs;
}

static bool has_template(const html_tree *t) { return t->tag_count[TAG_TEMPLATE] != 0; }

static void insert_formatting(html_tree *t, const html_token *tk)
{
    html_tree_reconstruct_formatting(t);
    dom_node *el = html_tree_insert_html(t, tk);
    if (el)
        html_tree_afe_push(t, el);
}

static void insert_void(html_tree *t, const html_token *tk)
{
    html_tree_insert_html(t, tk);
    html_tree_pop(t);
    html_tree_ack_self_closing(t, tk);
}

/* "If the stack of open elements has a select element in scope": the
 * <select> is closed by what cannot be inside it. */
static bool close_select(html_tree *t)
{
    if (!html_tree_has_in_scope(t, TAG_SELECT, SCOPE_DEFAULT))
        return false;
    html_tree_error(t);
    html_tree_pop_until(t, TAG_SELECT);
    return true;
}

static bool context_is_select(const html_tree *t)
{
    return t->fragment && dom_is(t->context, TAG_SELECT);
}

static void start_li_like(html_tree *t, const html_token *tk)
{
    t->frameset_ok = false;
    bool is_li = tk->tag == TAG_LI;
    for (size_t i = t->depth; i-- > 0;) {
        dom_node *n = t->stack[i];
        bool match = n->ns == NS_HTML &&
                     (is_li ? n->tag == TAG_LI : (n->tag == TAG_DD || n->tag == TAG_DT));
        if (match) {
            html_tree_generate_implied_end_tags(t, (tag_id)n->tag);
            if (html_tree_current(t) != n)
                html_tree_error(t);
            html_tree_pop_until(t, (tag_id)n->tag);
            break;
        }
        if (html_tree_is_special(n) && !(n->ns == NS_HTML && (n->tag == TAG_ADDRESS ||
                                                              n->tag == TAG_DIV ||
                                                              n->tag == TAG_P)))
            break;
        /* Without an li (dd, dt) anywhere on the stack the walk can stop. */
        if (is_li ? !t->tag_count[TAG_LI] : !(t->tag_count[TAG_DD] + t->tag_count[TAG_DT]))
            break;
    }
    close_p_if_in_button_scope(t);
    html_tree_insert_html(t, tk);
}

static void end_other(html_tree *t, const html_token *tk);

/* An end tag for a formatting element: the adoption agency, or when it
 * says so, the "any other end tag" steps. */
static void end_formatting(html_tree *t, const html_token *tk)
{
    if (!html_tree_adoption_agency(t, tk))
        end_other(t, tk);
}

static bool start_tag(html_tree *t, html_token *tk)
{
    switch (tk->tag) {
    case TAG_HTML:
        html_tree_error(t);
        if (!has_template(t) && t->depth)
            merge_attrs(t, t->stack[0], tk);
        return false;
    case TAG_BASE: case TAG_BASEFONT: case TAG_BGSOUND: case TAG_LINK: case TAG_META:
    case TAG_NOFRAMES: case TAG_SCRIPT: case TAG_STYLE: case TAG_TEMPLATE: case TAG_TITLE:
        return html_tree_mode_in_head(t, tk);
    case TAG_BODY:
        html_tree_error(t);
        if (t->depth < 2 || !dom_is(t->stack[1], TAG_BODY) || has_template(t))
            return false;
        t->frameset_ok = false;
        merge_attrs(t, t->stack[1], tk);
        return false;
    case TAG_FRAMESET:
        html_tree_error(t);
        if (t->depth < 2 || !dom_is(t->stack[1], TAG_BODY) || !t->frameset_ok)
            return false;
        dom_remove(t->stack[1]);
        while (t->depth > 1)
            html_tree_pop(t);
        html_tree_insert_html(t, tk);
        t->mode = MODE_IN_FRAMESET;
        return false;
    case TAG_ADDRESS: case TAG_ARTICLE: case TAG_ASIDE: case TAG_BLOCKQUOTE: case TAG_CENTER:
    case TAG_DETAILS: case TAG_DIALOG: case TAG_DIR: case TAG_DIV: case TAG_DL:
    case TAG_FIELDSET: case TAG_FIGCAPTION: case TAG_FIGURE: case TAG_FOOTER: case TAG_HEADER:
    case TAG_HGROUP: case TAG_MAIN: case TAG_MENU: case TAG_NAV: case TAG_OL: case TAG_P:
    case TAG_SEARCH: case TAG_SECTION: case TAG_SUMMARY: case TAG_UL:
        close_p_if_in_button_scope(t);
        html_tree_insert_html(t, tk);
        return false;
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6: {
        close_p_if_in_button_scope(t);
        dom_node *cur = html_tree_current(t);
        if (cur && cur->ns == NS_HTML && cur->tag >= TAG_H1 && cur->tag <= TAG_H6) {
            html_tree_error(t);
            html_tree_pop(t);
        }
        html_tree_insert_html(t, tk);
        return false;
    }
    case TAG_PRE: case TAG_LISTING:
        close_p_if_in_button_scope(t);
        html_tree_insert_html(t, tk);
        t->skip_next_lf = true;
        t->frameset_ok = false;
        return false;
    case TAG_FORM:
        if (t->form && !has_template(t)) {
            html_tree_error(t);
            return false;
        }
        close_p_if_in_button_scope(t);
        {
            dom_node *el = html_tree_insert_html(t, tk);
            if (!has_template(t))
                t->form = el;
        }
        return false;
    case TAG_LI: case TAG_DD: case TAG_DT:
        start_li_like(t, tk);
        return false;
    case TAG_PLAINTEXT:
        close_p_if_in_button_scope(t);
        html_tree_insert_html(t, tk);
        html_tok_set_state(t->tok, HTML_TOK_PLAINTEXT);
        return false;
    case TAG_BUTTON:
        if (html_tree_has_in_scope(t, TAG_BUTTON, SCOPE_DEFAULT)) {
            html_tree_error(t);
            html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
            html_tree_pop_until(t, TAG_BUTTON);
        }
        html_tree_reconstruct_formatting(t);
        html_tree_insert_html(t, tk);
        t->frameset_ok = false;
        return false;
    case TAG_A: {
        dom_node *a = html_tree_afe_find(t, TAG_A);
        if (a) {
            html_tree_error(t);
            html_token end = *tk;
            end.type = TOKEN_END_TAG;
            end_formatting(t, &end);
            html_tree_afe_remove(t, a);
            html_tree_stack_remove(t, a);
        }
        insert_formatting(t, tk);
        return false;
    }
    case TAG_B: case TAG_BIG: case TAG_CODE: case TAG_EM: case TAG_FONT: case TAG_I: case TAG_S:
    case TAG_SMALL: case TAG_STRIKE: case TAG_STRONG: case TAG_TT: case TAG_U:
        insert_formatting(t, tk);
        return false;
    case TAG_NOBR:
        html_tree_reconstruct_formatting(t);
        if (html_tree_has_in_scope(t, TAG_NOBR, SCOPE_DEFAULT)) {
            html_tree_error(t);
            html_token end = *tk;
            end.type = TOKEN_END_TAG;
            end_formatting(t, &end);
            html_tree_reconstruct_formatting(t);
        }
        {
            dom_node *el = html_tree_insert_html(t, tk);
            if (el)
                html_tree_afe_push(t, el);
        }
        return false;
    case TAG_APPLET: case TAG_MARQUEE: case TAG_OBJECT:
        html_tree_reconstruct_formatting(t);
        html_tree_insert_html(t, tk);
        html_tree_afe_push_marker(t);
        t->frameset_ok = false;
        return false;
    case TAG_TABLE:
        if (t->doc->quirks != DOM_QUIRKS)
            close_p_if_in_button_scope(t);
        html_tree_insert_html(t, tk);
        t->frameset_ok = false;
        t->mode = MODE_IN_TABLE;
        return false;
    case TAG_AREA: case TAG_BR: case TAG_EMBED: case TAG_IMG: case TAG_KEYGEN: case TAG_WBR:
        html_tree_reconstruct_formatting(t);
        insert_void(t, tk);
        t->frameset_ok = false;
        return false;
    case TAG_INPUT: {
        if (context_is_select(t)) {
            html_tree_error(t);
            return false;
        }
        close_select(t);
        html_tree_reconstruct_formatting(t);
        insert_void(t, tk);
        slice type = { 0 };
        bool has_type = false;
        for (uint32_t i = 0; i < tk->attr_count; i++)
            if (slice_eq_cstr(tk->attrs[i].name, "type")) {
                type = tk->attrs[i].value;
                has_type = true;
                break;
            }
        if (!has_type || !slice_eq_nocase(type, "hidden"))
            t->frameset_ok = false;
        return false;
    }
    case TAG_PARAM: case TAG_SOURCE: case TAG_TRACK:
        insert_void(t, tk);
        return false;
    case TAG_HR:
        close_p_if_in_button_scope(t);
        if (html_tree_has_in_scope(t, TAG_SELECT, SCOPE_DEFAULT)) {
            html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
            if (html_tree_has_in_scope(t, TAG_OPTION, SCOPE_DEFAULT) ||
                html_tree_has_in_scope(t, TAG_OPTGROUP, SCOPE_DEFAULT))
                html_tree_error(t);
        }
        insert_void(t, tk);
        t->frameset_ok = false;
        return false;
    case TAG_IMAGE:
        html_tree_error(t);
        tk->tag = TAG_IMG;
        tk->name = SLICE_LIT("img");
        return true;
    case TAG_TEXTAREA:
        html_tree_insert_html(t, tk);
        t->skip_next_lf = true;
        html_tok_set_state(t->tok, HTML_TOK_RCDATA);
        t->original_mode = t->mode;
        t->frameset_ok = false;
        t->mode = MODE_TEXT;
        return false;
    case TAG_XMP:
        close_p_if_in_button_scope(t);
        html_tree_reconstruct_formatting(t);
        t->frameset_ok = false;
        html_tree_parse_text_element(t, tk, HTML_TOK_RAWTEXT);
        return false;
    case TAG_IFRAME:
        t->frameset_ok = false;
        html_tree_parse_text_element(t, tk, HTML_TOK_RAWTEXT);
        return false;
    case TAG_NOEMBED:
        html_tree_parse_text_element(t, tk, HTML_TOK_RAWTEXT);
        return false;
    case TAG_NOSCRIPT:
        if (t->scripting) {
            html_tree_parse_text_element(t, tk, HTML_TOK_RAWTEXT);
            return false;
        }
        break;
    case TAG_SELECT:
        if (context_is_select(t)) {
            html_tree_error(t);
            return false;
        }
        if (close_select(t))
            return false;
        html_tree_reconstruct_formatting(t);
        html_tree_insert_html(t, tk);
        t->frameset_ok = false;
        return false;
    case TAG_OPTION:
        if (html_tree_has_in_scope(t, TAG_SELECT, SCOPE_DEFAULT)) {
            html_tree_generate_implied_end_tags(t, TAG_OPTGROUP);
            if (html_tree_has_in_scope(t, TAG_OPTION, SCOPE_DEFAULT))
                html_tree_error(t);
        } else if (dom_is(html_tree_current(t), TAG_OPTION)) {
            html_tree_pop(t);
        }
        html_tree_reconstruct_formatting(t);
        html_tree_insert_html(t, tk);
        return false;
    case TAG_OPTGROUP:
        if (html_tree_has_in_scope(t, TAG_SELECT, SCOPE_DEFAULT)) {
            html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
            if (html_tree_has_in_scope(t, TAG_OPTION, SCOPE_DEFAULT) ||
                html_tree_has_in_scope(t, TAG_OPTGROUP, SCOPE_DEFAULT))
                html_tree_error(t);
        } else if (dom_is(html_tree_current(t), TAG_OPTION)) {
            html_tree_pop(t);
        }
        html_tree_reconstruct_formatting(t);
        html_tree_insert_html(t, tk);
        return false;
    case TAG_RB: case TAG_RTC:
        if (html_tree_has_in_scope(t, TAG_RUBY, SCOPE_DEFAULT)) {
            html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
            if (!dom_is(html_tree_current(t), TAG_RUBY))
                html_tree_error(t);
        }
        html_tree_insert_html(t, tk);
        return false;
    case TAG_RP: case TAG_RT:
        if (html_tree_has_in_scope(t, TAG_RUBY, SCOPE_DEFAULT)) {
            html_tree_generate_implied_end_tags(t, TAG_RTC);
            dom_node *cur = html_tree_current(t);
            if (!dom_is(cur, TAG_RUBY) && !dom_is(cur, TAG_RTC))
                html_tree_error(t);
        }
        html_tree_insert_html(t, tk);
        return false;
    case TAG_MATH: case TAG_SVG:
        html_tree_reconstruct_formatting(t);
        html_tree_insert_element(t, tk, tk->tag == TAG_MATH ? NS_MATHML : NS_SVG);
        if (tk->self_closing) {
            html_tree_pop(t);
            html_tree_ack_self_closing(t, tk);
        }
        return false;
    case TAG_CAPTION: case TAG_COL: case TAG_COLGROUP: case TAG_FRAME: case TAG_HEAD:
    case TAG_TBODY: case TAG_TD: case TAG_TFOOT: case TAG_TH: case TAG_THEAD: case TAG_TR:
        html_tree_error(t);
        return false;
    default:
        break;
    }
    html_tree_reconstruct_formatting(t);
    html_tree_insert_html(t, tk);
    return false;
}

static bool same_name(const dom_node *n, const html_token *tk)
{
    if (n->ns != NS_HTML || n->tag != tk->tag)
        return false;
    return tk->tag != TAG_UNKNOWN || slice_eq(n->name, tk->name);
}

/* "Any other end tag". */
static void end_other(html_tree *t, const html_token *tk)
{
    for (size_t i = t->depth; i-- > 0;) {
        dom_node *n = t->stack[i];
        if (same_name(n, tk)) {
            /* Implied end tags are all known elements: an unknown name
             * spares none of them. */
            html_tree_generate_implied_end_tags(t, (tag_id)tk->tag);
            if (html_tree_current(t) != n)
                html_tree_error(t);
            while (t->depth) {
                dom_node *c = html_tree_current(t);
                html_tree_pop(t);
                if (c == n)
                    break;
            }
            return;
        }
        if (html_tree_is_special(n)) {
            html_tree_error(t);
            return;
        }
    }
}

static bool end_tag(html_tree *t, html_token *tk)
{
    switch (tk->tag) {
    case TAG_TEMPLATE:
        return html_tree_mode_in_head(t, tk);
    case TAG_BODY: case TAG_HTML:
        if (!html_tree_has_in_scope(t, TAG_BODY, SCOPE_DEFAULT)) {
            html_tree_error(t);
            return false;
        }
        t->mode = MODE_AFTER_BODY;
        return tk->tag == TAG_HTML;
    case TAG_ADDRESS: case TAG_ARTICLE: case TAG_ASIDE: case TAG_BLOCKQUOTE: case TAG_BUTTON:
    case TAG_CENTER: case TAG_DETAILS: case TAG_DIALOG: case TAG_DIR: case TAG_DIV: case TAG_DL:
    case TAG_FIELDSET: case TAG_FIGCAPTION: case TAG_FIGURE: case TAG_FOOTER: case TAG_HEADER:
    case TAG_HGROUP: case TAG_LISTING: case TAG_MAIN: case TAG_MENU: case TAG_NAV: case TAG_OL:
    case TAG_PRE: case TAG_SEARCH: case TAG_SECTION: case TAG_SELECT: case TAG_SUMMARY:
    case TAG_UL:
        if (!html_tree_has_in_scope(t, (tag_id)tk->tag, SCOPE_DEFAULT)) {
            html_tree_error(t);
            return false;
        }
        html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
        if (!dom_is(html_tree_current(t), (tag_id)tk->tag))
            html_tree_error(t);
        html_tree_pop_until(t, (tag_id)tk->tag);
        return false;
    case TAG_FORM:
        if (!has_template(t)) {
            dom_node *node = t->form;
            t->form = NULL;
            if (!node || !html_tree_has_node_in_scope(t, node, SCOPE_DEFAULT)) {
                html_tree_error(t);
                return false;
            }
            html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
            if (html_tree_current(t) != node)
                html_tree_error(t);
            html_tree_stack_remove(t, node);
        } else {
            if (!html_tree_has_in_scope(t, TAG_FORM, SCOPE_DEFAULT)) {
                html_tree_error(t);
                return false;
            }
            html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
            if (!dom_is(html_tree_current(t), TAG_FORM))
                html_tree_error(t);
            html_tree_pop_until(t, TAG_FORM);
        }
        return false;
    case TAG_P:
        if (!html_tree_has_in_scope(t, TAG_P, SCOPE_BUTTON)) {
            html_tree_error(t);
            html_tree_insert_phantom(t, TAG_P);
        }
        html_tree_close_p(t);
        return false;
    case TAG_LI: case TAG_DD: case TAG_DT:
        if (!html_tree_has_in_scope(t, (tag_id)tk->tag,
                                    tk->tag == TAG_LI ? SCOPE_LIST_ITEM : SCOPE_DEFAULT)) {
            html_tree_error(t);
            return false;
        }
        html_tree_generate_implied_end_tags(t, (tag_id)tk->tag);
        if (!dom_is(html_tree_current(t), (tag_id)tk->tag))
            html_tree_error(t);
        html_tree_pop_until(t, (tag_id)tk->tag);
        return false;
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
        if (!html_tree_has_heading_in_scope(t)) {
            html_tree_error(t);
            return false;
        }
        html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
        if (!dom_is(html_tree_current(t), (tag_id)tk->tag))
            html_tree_error(t);
        html_tree_pop_until_heading(t);
        return false;
    case TAG_A: case TAG_B: case TAG_BIG: case TAG_CODE: case TAG_EM: case TAG_FONT: case TAG_I:
    case TAG_NOBR: case TAG_S: case TAG_SMALL: case TAG_STRIKE: case TAG_STRONG: case TAG_TT:
    case TAG_U:
        end_formatting(t, tk);
        return false;
    case TAG_APPLET: case TAG_MARQUEE: case TAG_OBJECT:
        if (!html_tree_has_in_scope(t, (tag_id)tk->tag, SCOPE_DEFAULT)) {
            html_tree_error(t);
            return false;
        }
        html_tree_generate_implied_end_tags(t, TAG_UNKNOWN);
        if (!dom_is(html_tree_current(t), (tag_id)tk->tag))
            html_tree_error(t);
        html_tree_pop_until(t, (tag_id)tk->tag);
        html_tree_afe_clear_to_marker(t);
        return false;
    case TAG_BR: {
        html_tree_error(t);
        html_token br = { .type = TOKEN_START_TAG, .tag = TAG_BR, .name = SLICE_LIT("br") };
        html_tree_reconstruct_formatting(t);
        insert_void(t, &br);
        t->frameset_ok = false;
        return false;
    }
    default:
        end_other(t, tk);
        return false;
    }
}

static bool has_non_space(slice s)
{
    return html_tree_space_prefix(s) != s.len;
}

bool html_tree_mode_in_body(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER:
        if (tk->data.len == 1 && tk->data.ptr[0] == '\0') {
            html_tree_error(t);
            return false;
        }
        html_tree_reconstruct_formatting(t);
        html_tree_insert_text(t, tk->data);
        if (t->frameset_ok && has_non_space(tk->data))
            t->frameset_ok = false;
        return false;
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, NULL);
        return false;
    case TOKEN_DOCTYPE:
        html_tree_error(t);
        return false;
    case TOKEN_START_TAG:
        return start_tag(t, tk);
    case TOKEN_END_TAG:
        return end_tag(t, tk);
    case TOKEN_EOF:
        if (t->tmode_len)
            return html_tree_mode_in_template(t, tk);
        t->stopped = true;
        return false;
    }
    return false;
}
