/* tree.c - the tree builder's driver (HTML Standard 13.2.6): pulls tokens
 * from the tokenizer, runs the tree construction dispatcher (HTML rules or
 * foreign content), loops while a mode asks to reprocess the token, and
 * tells the tokenizer whether CDATA sections are allowed.  Also the two
 * entry points of parse.h: documents and fragments (13.4, "Parsing HTML
 * fragments"). */
#include <string.h>

#include "../../core/ascii.h"
#include "pith.h"
#include "tree.h"

typedef bool (*mode_fn)(html_tree *, html_token *);

static const mode_fn modes[MODE__COUNT] = {
    [MODE_INITIAL] = html_tree_mode_initial,
    [MODE_BEFORE_HTML] = html_tree_mode_before_html,
    [MODE_BEFORE_HEAD] = html_tree_mode_before_head,
    [MODE_IN_HEAD] = html_tree_mode_in_head,
    [MODE_IN_HEAD_NOSCRIPT] = html_tree_mode_in_head_noscript,
    [MODE_AFTER_HEAD] = html_tree_mode_after_head,
    [MODE_IN_BODY] = html_tree_mode_in_body,
    [MODE_TEXT] = html_tree_mode_text,
    [MODE_IN_TABLE] = html_tree_mode_in_table,
    [MODE_IN_TABLE_TEXT] = html_tree_mode_in_table_text,
    [MODE_IN_CAPTION] = html_tree_mode_in_caption,
    [MODE_IN_COLUMN_GROUP] = html_tree_mode_in_column_group,
    [MODE_IN_TABLE_BODY] = html_tree_mode_in_table_body,
    [MODE_IN_ROW] = html_tree_mode_in_row,
    [MODE_IN_CELL] = html_tree_mode_in_cell,
    [MODE_IN_TEMPLATE] = html_tree_mode_in_template,
    [MODE_AFTER_BODY] = html_tree_mode_after_body,
    [MODE_IN_FRAMESET] = html_tree_mode_in_frameset,
    [MODE_AFTER_FRAMESET] = html_tree_mode_after_frameset,
    [MODE_AFTER_AFTER_BODY] = html_tree_mode_after_after_body,
    [MODE_AFTER_AFTER_FRAMESET] = html_tree_mode_after_after_frameset,
};

void html_tree_error(html_tree *t) { t->errors++; }

void html_tree_fail(html_tree *t)
{
    if (t->err)
        return;
    dom_document *d = t->doc;
    bool limit = (d->max_nodes && d->node_count >= d->max_nodes) || arena_limit(t->a) != 0;
    t->err = limit ? PITH_ELIMIT : PITH_ENOMEM;
}

bool html_tree_process_in_mode(html_tree *t, html_mode mode, html_token *tk)
{
    return modes[mode](t, tk);
}

/* The tree construction dispatcher: true when the token follows the rules
 * of the current insertion mode, false for the rules of foreign content. */
static bool use_html_rules(const html_tree *t, const html_token *tk)
{
    const dom_node *n = html_tree_adjusted_current(t);
    if (!n || n->ns == NS_HTML || tk->type == TOKEN_EOF)
        return true;
    bool start = tk->type == TOKEN_START_TAG, chars = tk->type == TOKEN_CHARACTER;
    if (html_tree_is_mathml_text_ip(n)) {
        if (chars || (start && tk->tag != TAG_MGLYPH && tk->tag != TAG_MALIGNMARK))
            return true;
    }
    if (n->ns == NS_MATHML && n->tag == TAG_ANNOTATION_XML && start && tk->tag == TAG_SVG)
        return true;
    if ((start || chars) && html_tree_is_html_ip(n))
        return true;
    return false;
}

static void process_token(html_tree *t, html_token *tk)
{
    if (t->skip_next_lf) {
        t->skip_next_lf = false;
        if (tk->type == TOKEN_CHARACTER && tk->data.len && tk->data.ptr[0] == '\n') {
            tk->data.ptr++;
            tk->data.len--;
            if (!tk->data.len)
                return;
        }
    }
    bool again = use_html_rules(t, tk) ? modes[t->mode](t, tk) : html_tree_foreign_content(t, tk);
    /* "Reprocess the token": in the current insertion mode, in a loop.
     * Each reprocessing changes the mode or consumes part of the token; the
     * guard only keeps a bug from becoming a hang. */
    for (int guard = 0; again && !t->err && guard < 64; guard++)
        again = modes[t->mode](t, tk);
    const dom_node *n = html_tree_adjusted_current(t);
    html_tok_set_cdata_allowed(t->tok, n && n->ns != NS_HTML);
}

static int run(html_tree *t)
{
    for (;;) {
        html_token tk;
        int rc = html_tok_next(t->tok, &tk);
        if (rc < 0) {
            html_tree_fail(t);
            break;
        }
        process_token(t, &tk);
        if (t->err || t->stopped || tk.type == TOKEN_EOF)
            break;
    }
    /* "Stop parsing" pops every open element; only <option> cares. */
    if (!t->err && t->saw_selectedcontent)
        while (t->depth)
            html_tree_pop(t);
    t->doc->parse_errors = t->errors + html_tok_error_count(t->tok);
    return t->err;
}

static int init(html_tree *t, arena *a, const char *utf8, size_t len,
                const html_parse_options *opt, dom_document *out)
{
    memset(t, 0, sizeof *t);
    *out = (dom_document){ .arena = a };
    if (opt)
        out->max_nodes = opt->max_nodes;
    t->a = a;
    t->doc = out;
    t->input = utf8;
    t->input_len = len;
    t->scripting = opt && opt->scripting;
    t->max_depth = opt && opt->max_depth ? opt->max_depth : HTML_DEFAULT_MAX_DEPTH;
    t->frameset_ok = true;
    t->mode = MODE_INITIAL;
    out->root = dom_new_node(out, DOM_DOCUMENT);
    t->tok = html_tok_new(a, utf8, len);
    if (!out->root || !t->tok) {
        html_tree_fail(t);
        return t->err;
    }
    return 0;
}

int html_parse_document(arena *a, const char *utf8, size_t len, const html_parse_options *opt,
                        dom_document *out)
{
    html_tree t;
    int rc = init(&t, a, utf8, len, opt, out);
    if (rc)
        return rc;
    return run(&t);
}

int html_parse_fragment(arena *a, const char *utf8, size_t len, dom_ns context_ns,
                        slice context_name, const html_parse_options *opt, dom_document *out)
{
    html_tree t;
    int rc = init(&t, a, utf8, len, opt, out);
    if (rc)
        return rc;
    char lower[64];
    tag_id tag = TAG_UNKNOWN;
    if (context_name.len < sizeof lower) {
        for (size_t i = 0; i < context_name.len; i++)
            lower[i] = (char)ascii_lower((unsigned char)context_name.ptr[i]);
        tag = tag_lookup(lower, context_name.len);
    }
    slice name = arena_slice_dup(a, context_name);
    t.context = dom_new_element(out, context_ns, tag, name);
    if (!t.context || !name.ptr) {
        html_tree_fail(&t);
        return t.err;
    }
    t.fragment = true;
    if (context_ns == NS_HTML) {
        switch (tag) {
        case TAG_TITLE: case TAG_TEXTAREA:
            html_tok_set_state(t.tok, HTML_TOK_RCDATA);
            break;
        case TAG_STYLE: case TAG_XMP: case TAG_IFRAME: case TAG_NOEMBED: case TAG_NOFRAMES:
            html_tok_set_state(t.tok, HTML_TOK_RAWTEXT);
            break;
        case TAG_SCRIPT:
            html_tok_set_state(t.tok, HTML_TOK_SCRIPT_DATA);
            break;
        case TAG_NOSCRIPT:
            if (t.scripting)
                html_tok_set_state(t.tok, HTML_TOK_RAWTEXT);
            break;
        case TAG_PLAINTEXT:
            html_tok_set_state(t.tok, HTML_TOK_PLAINTEXT);
            break;
        default:
            break;
        }
    }
    dom_node *html = dom_new_element(out, NS_HTML, TAG_HTML, SLICE_LIT("html"));
    if (!html) {
        html_tree_fail(&t);
        return t.err;
    }
    dom_append(out->root, html);
    html_tree_push(&t, html);
    if (context_ns == NS_HTML && tag == TAG_TEMPLATE)
        html_tree_tmode_push(&t, MODE_IN_TEMPLATE);
    html_tree_reset_insertion_mode(&t);
    html_tok_set_cdata_allowed(t.tok, context_ns != NS_HTML);
    rc = run(&t);
    if (rc)
        return rc;
    dom_node *frag = dom_new_node(out, DOM_FRAGMENT);
    if (!frag) {
        html_tree_fail(&t);
        return t.err;
    }
    dom_move_children(html, frag);
    out->root = frag;
    return 0;
}
