/* tree.h - the tree builder's internal state and the functions its files
 * share (HTML Standard 13.2.6, "Tree construction").
 *
 * One html_tree per parse.  Everything it allocates (the stack of open
 * elements, the list of active formatting elements, pending table text,
 * per-node flags) comes from the document arena, so a parse makes no
 * mallocs of its own and leaves nothing to free.
 *
 * Mode handlers take the current token and return true when the standard
 * says "reprocess the token": the driver then runs the (new) current
 * insertion mode's handler on the same token again, in a loop, never by
 * recursion.  A handler may shorten a character token's data before asking
 * for reprocessing (for example, to drop leading whitespace). */
#ifndef PITH_HTML_TREE_H
#define PITH_HTML_TREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../dom.h"
#include "../parse.h"
#include "../tokenizer/tokenizer.h"

typedef enum html_mode {
    MODE_INITIAL,
    MODE_BEFORE_HTML,
    MODE_BEFORE_HEAD,
    MODE_IN_HEAD,
    MODE_IN_HEAD_NOSCRIPT,
    MODE_AFTER_HEAD,
    MODE_IN_BODY,
    MODE_TEXT,
    MODE_IN_TABLE,
    MODE_IN_TABLE_TEXT,
    MODE_IN_CAPTION,
    MODE_IN_COLUMN_GROUP,
    MODE_IN_TABLE_BODY,
    MODE_IN_ROW,
    MODE_IN_CELL,
    MODE_IN_TEMPLATE,
    MODE_AFTER_BODY,
    MODE_IN_FRAMESET,
    MODE_AFTER_FRAMESET,
    MODE_AFTER_AFTER_BODY,
    MODE_AFTER_AFTER_FRAMESET,
    MODE__COUNT
} html_mode;

/* Scopes of "has an element in ... scope" (13.2.4.2). */
typedef enum html_scope {
    SCOPE_DEFAULT,
    SCOPE_LIST_ITEM,
    SCOPE_BUTTON,
    SCOPE_TABLE,
    SCOPE_SELECT,
} html_scope;

/* Entries after the last marker in the list of active formatting elements
 * are capped: the Noah's Ark clause keeps at most three equal elements, but
 * elements with distinct attributes defeat it, and every character token
 * may re-create every entry ("reconstruct the active formatting
 * elements"), so a hostile page could make the work and the node count
 * grow with the square of its length.  Real pages nest a handful. */
#define HTML_TREE_MAX_FORMATTING 64

/* Per-node flags, indexed by dom_node.index. */
enum {
    NODE_IN_STACK = 1,
    NODE_IN_AFE = 2,
};

typedef struct html_tree {
    arena *a;
    dom_document *doc;
    html_tokenizer *tok;
    const char *input;
    size_t input_len;

    /* Stack of open elements: stack[0] is the html element. */
    dom_node **stack;
    size_t depth, stack_cap;
    uint32_t max_depth;
    /* How many HTML elements of each tag the stack holds, so the common
     * "has a p element in button scope" check costs O(1) when none. */
    uint32_t tag_count[TAG__COUNT];

    /* List of active formatting elements; NULL entries are markers. */
    dom_node **afe;
    size_t afe_len, afe_cap;

    /* Stack of template insertion modes. */
    uint8_t *tmodes;
    size_t tmode_len, tmode_cap;

    uint8_t *flags; /* NODE_* per node index */
    size_t flags_cap;

    html_mode mode, original_mode;
    dom_node *head, *form;
    dom_node *context; /* fragment case: the context element (detached) */
    bool fragment;
    bool scripting;
    bool frameset_ok;
    bool foster_parenting;
    bool skip_next_lf; /* after <pre>, <listing>, <textarea> */
    bool stopped;

    /* "in table text": the pending character tokens. */
    char *pending;
    size_t pending_len, pending_cap;
    bool pending_non_space;

    /* The text node whose data lives in an arena buffer we may grow. */
    dom_node *open_text;
    size_t open_text_cap;

    /* <selectedcontent> seen: popping an <option> updates it. */
    bool saw_selectedcontent;
    uint32_t selectedcontent_work;

    size_t errors;
    int err; /* first fatal error (PITH_ENOMEM / PITH_ELIMIT); sticky */
} html_tree;

/* ---- tree.c: driver ---- */
void html_tree_error(html_tree *t); /* counts a parse error */
/* Records an allocation failure: PITH_ELIMIT when a limit caused it. */
void html_tree_fail(html_tree *t);
bool html_tree_process_in_mode(html_tree *t, html_mode mode, html_token *tk);

/* ---- tree_stack.c: stack of open elements, scopes ---- */
static inline dom_node *html_tree_current(const html_tree *t)
{
    return t->depth ? t->stack[t->depth - 1] : NULL;
}
static inline dom_node *html_tree_adjusted_current(const html_tree *t)
{
    if (t->fragment && t->depth == 1)
        return t->context;
    return html_tree_current(t);
}
void html_tree_push(html_tree *t, dom_node *n);
void html_tree_pop(html_tree *t);
/* Pops until an HTML element with this tag has been popped. */
void html_tree_pop_until(html_tree *t, tag_id tag);
/* Pops until one of h1..h6 has been popped. */
void html_tree_pop_until_heading(html_tree *t);
void html_tree_stack_remove(html_tree *t, dom_node *n);
void html_tree_stack_insert_at(html_tree *t, size_t index, dom_node *n);
bool html_tree_in_stack(const html_tree *t, const dom_node *n);
/* Index of n in the stack, or -1. */
long html_tree_stack_index(const html_tree *t, const dom_node *n);
bool html_tree_has_in_scope(const html_tree *t, tag_id tag, html_scope scope);
bool html_tree_has_node_in_scope(const html_tree *t, const dom_node *n, html_scope scope);
bool html_tree_has_heading_in_scope(const html_tree *t);
bool html_tree_has_cell_in_table_scope(const html_tree *t);
void html_tree_generate_implied_end_tags(html_tree *t, tag_id except);
void html_tree_generate_all_implied_end_tags(html_tree *t);
bool html_tree_is_special(const dom_node *n);
bool html_tree_is_formatting_tag(tag_id tag);
bool html_tree_is_mathml_text_ip(const dom_node *n);
bool html_tree_is_html_ip(const dom_node *n);
void html_tree_reset_insertion_mode(html_tree *t);
void html_tree_close_p(html_tree *t);
bool html_tree_node_flag(const html_tree *t, const dom_node *n, uint8_t f);
void html_tree_set_node_flag(html_tree *t, const dom_node *n, uint8_t f, bool on);

/* ---- tree_insert.c: creating and inserting nodes ---- */
typedef struct html_place {
    dom_node *parent;
    dom_node *before; /* NULL: append */
} html_place;
html_place html_tree_appropriate_place(html_tree *t, dom_node *override);
dom_node *html_tree_create_element(html_tree *t, const html_token *tk, dom_ns ns);
/* Creates the element, inserts it at the appropriate place, pushes it. */
dom_node *html_tree_insert_element(html_tree *t, const html_token *tk, dom_ns ns);
static inline dom_node *html_tree_insert_html(html_tree *t, const html_token *tk)
{
    return html_tree_insert_element(t, tk, NS_HTML);
}
/* Inserts an HTML element for a start tag the parser makes up. */
dom_node *html_tree_insert_phantom(html_tree *t, tag_id tag);
/* Pushes an already created element (the depth cap applies). */
void html_tree_insert_node_element(html_tree *t, dom_node *el);
void html_tree_insert_text(html_tree *t, slice s);
void html_tree_insert_comment(html_tree *t, const html_token *tk, dom_node *parent);
void html_tree_place_node(html_tree *t, html_place p, dom_node *n);
slice html_tree_keep(html_tree *t, slice s);
void html_tree_ack_self_closing(html_tree *t, const html_token *tk);
/* The generic RCDATA / raw text element parsing algorithms. */
void html_tree_parse_text_element(html_tree *t, const html_token *tk, html_tok_state st);

/* ---- tree_formatting.c: list of active formatting elements ---- */
void html_tree_afe_push(html_tree *t, dom_node *el);
void html_tree_afe_push_marker(html_tree *t);
void html_tree_afe_clear_to_marker(html_tree *t);
void html_tree_afe_remove(html_tree *t, dom_node *el);
void html_tree_reconstruct_formatting(html_tree *t);
/* Returns false when the caller must act as for "any other end tag". */
bool html_tree_adoption_agency(html_tree *t, const html_token *tk);
/* The last formatting element with this tag after the last marker. */
dom_node *html_tree_afe_find(const html_tree *t, tag_id tag);

/* ---- tree_selectedcontent.c ---- */
void html_tree_option_popped(html_tree *t, dom_node *option);
void html_tree_note_element(html_tree *t, const dom_node *el);

/* ---- tree_foreign_names.c: SVG/MathML adjustments ---- */
slice html_tree_svg_tag_name(slice lower);
void html_tree_adjust_foreign_attrs(dom_node *el);

/* ---- the insertion modes ---- */
bool html_tree_mode_initial(html_tree *t, html_token *tk);
bool html_tree_mode_before_html(html_tree *t, html_token *tk);
bool html_tree_mode_before_head(html_tree *t, html_token *tk);
bool html_tree_mode_in_head(html_tree *t, html_token *tk);
bool html_tree_mode_in_head_noscript(html_tree *t, html_token *tk);
bool html_tree_mode_after_head(html_tree *t, html_token *tk);
bool html_tree_mode_in_body(html_tree *t, html_token *tk);
bool html_tree_mode_text(html_tree *t, html_token *tk);
bool html_tree_mode_in_table(html_tree *t, html_token *tk);
bool html_tree_mode_in_table_text(html_tree *t, html_token *tk);
bool html_tree_mode_in_caption(html_tree *t, html_token *tk);
bool html_tree_mode_in_column_group(html_tree *t, html_token *tk);
bool html_tree_mode_in_table_body(html_tree *t, html_token *tk);
bool html_tree_mode_in_row(html_tree *t, html_token *tk);
bool html_tree_mode_in_cell(html_tree *t, html_token *tk);
bool html_tree_mode_in_template(html_tree *t, html_token *tk);
bool html_tree_mode_after_body(html_tree *t, html_token *tk);
bool html_tree_mode_in_frameset(html_tree *t, html_token *tk);
bool html_tree_mode_after_frameset(html_tree *t, html_token *tk);
bool html_tree_mode_after_after_body(html_tree *t, html_token *tk);
bool html_tree_mode_after_after_frameset(html_tree *t, html_token *tk);
bool html_tree_foreign_content(html_tree *t, html_token *tk);

/* ---- helpers shared by the modes ---- */
static inline bool tk_is_start(const html_token *tk, tag_id tag)
{
    return tk->type == TOKEN_START_TAG && tk->tag == tag;
}
static inline bool tk_is_end(const html_token *tk, tag_id tag)
{
    return tk->type == TOKEN_END_TAG && tk->tag == tag;
}
/* Length of the leading run of HTML whitespace in a character token. */
size_t html_tree_space_prefix(slice s);
/* Template insertion modes stack. */
void html_tree_tmode_push(html_tree *t, html_mode m);
void html_tree_tmode_pop(html_tree *t);
static inline html_mode html_tree_tmode_current(const html_tree *t)
{
    return t->tmode_len ? (html_mode)t->tmodes[t->tmode_len - 1] : MODE_IN_BODY;
}
/* Grows an arena array to hold at least `need` items. */
bool html_tree_grow(html_tree *t, void **arr, size_t *cap, size_t need, size_t item);

#endif
