/* mini_tree.c - a deliberately naive tree builder for the metadata unit
 * tests: elements nest as written, end tags close the nearest matching
 * open element, void elements never open.  It lets the metadata tests
 * build DOMs from short HTML strings without depending on the full HTML5
 * tree construction (which has its own conformance suite). */
#include "mini_tree.h"

#include "html/tokenizer/tokenizer.h"
#include "pith.h"

static bool is_void(tag_id t)
{
    switch (t) {
    case TAG_AREA: case TAG_BASE: case TAG_BR: case TAG_COL: case TAG_EMBED: case TAG_HR:
    case TAG_IMG: case TAG_INPUT: case TAG_LINK: case TAG_META: case TAG_SOURCE: case TAG_TRACK:
    case TAG_WBR:
        return true;
    default:
        return false;
    }
}

int mini_tree_parse(arena *a, const char *html, size_t len, dom_document *doc)
{
    *doc = (dom_document){ .arena = a };
    doc->root = dom_new_node(doc, DOM_DOCUMENT);
    html_tokenizer *t = html_tok_new(a, html, len);
    if (!doc->root || !t)
        return PITH_ENOMEM;
    enum { MAX_OPEN = 256 };
    dom_node *open[MAX_OPEN];
    size_t depth = 0;
    for (;;) {
        html_token tok;
        int rc = html_tok_next(t, &tok);
        if (rc < 0)
            return rc;
        dom_node *cur = depth ? open[depth - 1] : doc->root;
        if (tok.type == TOKEN_EOF)
            break;
        if (tok.type == TOKEN_START_TAG) {
            dom_node *el = dom_new_element(doc, NS_HTML, (tag_id)tok.tag, arena_slice_dup(a, tok.name));
            if (!el)
                return PITH_ENOMEM;
            el->u.el.attr_count = tok.attr_count;
            el->u.el.attrs = arena_calloc(a, tok.attr_count ? tok.attr_count : 1, sizeof(dom_attr));
            for (uint32_t i = 0; i < tok.attr_count; i++) {
                el->u.el.attrs[i].name = arena_slice_dup(a, tok.attrs[i].name);
                el->u.el.attrs[i].value = arena_slice_dup(a, tok.attrs[i].value);
            }
            dom_append(cur, el);
            if (tok.tag == TAG_SCRIPT)
                html_tok_set_state(t, HTML_TOK_SCRIPT_DATA);
            else if (tok.tag == TAG_STYLE)
                html_tok_set_state(t, HTML_TOK_RAWTEXT);
            else if (tok.tag == TAG_TITLE || tok.tag == TAG_TEXTAREA)
                html_tok_set_state(t, HTML_TOK_RCDATA);
            if (!is_void((tag_id)tok.tag) && !tok.self_closing && depth < MAX_OPEN)
                open[depth++] = el;
        } else if (tok.type == TOKEN_END_TAG) {
            for (size_t i = depth; i-- > 0;)
                if (slice_eq(open[i]->name, tok.name)) {
                    depth = i;
                    break;
                }
        } else if (tok.type == TOKEN_CHARACTER) {
            dom_node *txt = dom_new_text(doc, arena_slice_dup(a, tok.data));
            if (!txt)
                return PITH_ENOMEM;
            dom_append(cur, txt);
        }
    }
    return 0;
}
