/* dom.h - the document tree: arena-allocated, compact, walked without
 * recursion.
 *
 * Every node lives in the document's arena and dies with it; nothing is
 * freed one by one.  Removing a node only unlinks it.  Names of known tags
 * are interned (tag_ids.h) so code dispatches on `tag` with a switch; the
 * `name` slice is always valid as well (lowercase for HTML elements, the
 * adjusted case for SVG such as "foreignObject").
 *
 * Strings (names, attribute values, text) are slices, either into the
 * decoded input buffer that the document keeps alive or into the arena. */
#ifndef PITH_HTML_DOM_H
#define PITH_HTML_DOM_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/arena.h"
#include "../core/slice.h"
#include "tag_ids.h"

typedef enum dom_type {
    DOM_DOCUMENT = 1,
    DOM_DOCTYPE,
    DOM_ELEMENT,
    DOM_TEXT,
    DOM_COMMENT,
    DOM_FRAGMENT, /* template contents, fragment-parsing root */
} dom_type;

typedef enum dom_ns {
    NS_HTML = 0,
    NS_SVG,
    NS_MATHML,
} dom_ns;

/* Namespace of an attribute after the foreign-attribute adjustments. */
typedef enum dom_attr_ns {
    ATTR_NS_NONE = 0,
    ATTR_NS_XLINK,
    ATTR_NS_XML,
    ATTR_NS_XMLNS,
} dom_attr_ns;

typedef struct dom_attr {
    slice name;  /* local name, lowercase (or adjusted SVG/MathML case) */
    slice value;
    uint8_t ns;  /* dom_attr_ns */
} dom_attr;

typedef struct dom_doctype {
    slice name, public_id, system_id;
    bool has_public_id, has_system_id;
} dom_doctype;

typedef struct dom_node dom_node;
struct dom_node {
    dom_node *parent, *first_child, *last_child, *prev, *next;
    uint8_t type;  /* dom_type */
    uint8_t ns;    /* dom_ns, elements only */
    uint16_t tag;  /* tag_id, elements only; TAG_UNKNOWN: see name */
    uint32_t index; /* creation order, for side tables (node_count bounds it) */
    slice name;    /* element: local name */
    union {
        slice text; /* DOM_TEXT, DOM_COMMENT */
        struct {
            dom_attr *attrs; /* may be shared by elements the parser re-created:
                              * replace the array, never write into it */
            uint32_t attr_count;
            dom_node *content; /* <template> contents (a DOM_FRAGMENT), else NULL */
        } el;
        dom_doctype *doctype;
    } u;
};

typedef enum dom_quirks {
    DOM_NO_QUIRKS = 0,
    DOM_QUIRKS,
    DOM_LIMITED_QUIRKS,
} dom_quirks;

typedef struct dom_document {
    arena *arena;      /* owns every node; not owned by the document */
    dom_node *root;    /* DOM_DOCUMENT (or DOM_FRAGMENT for fragments) */
    uint32_t node_count;
    uint32_t max_nodes; /* 0: unlimited; creating more fails */
    uint8_t quirks;    /* dom_quirks */
    size_t parse_errors;
} dom_document;

/* Node creation; NULL when the arena is exhausted or max_nodes reached. */
dom_node *dom_new_node(dom_document *d, dom_type type);
dom_node *dom_new_element(dom_document *d, dom_ns ns, tag_id tag, slice name);
dom_node *dom_new_text(dom_document *d, slice text);
dom_node *dom_new_comment(dom_document *d, slice text);

/* Tree surgery; the node must be detached first (dom_remove) unless new. */
void dom_append(dom_node *parent, dom_node *child);
void dom_insert_before(dom_node *parent, dom_node *child, dom_node *ref); /* ref NULL: append */
void dom_remove(dom_node *node);
/* Moves all children of `from` to the end of `to`. */
void dom_move_children(dom_node *from, dom_node *to);

/* Attribute lookup by lowercase name (no namespace); NULL when absent. */
const dom_attr *dom_attr_find(const dom_node *el, const char *name);
/* The attribute's value, or an empty slice with ptr NULL when absent. */
slice dom_attr_value(const dom_node *el, const char *name);

static inline bool dom_is(const dom_node *n, tag_id tag)
{
    return n && n->type == DOM_ELEMENT && n->ns == NS_HTML && n->tag == tag;
}

/* Pre-order traversal without recursion.  dom_next() steps into children;
 * dom_next_skip() steps over the current node's subtree.  Both stop at
 * `root` (never leave its subtree) and return NULL at the end. */
dom_node *dom_next(const dom_node *root, const dom_node *n);
dom_node *dom_next_skip(const dom_node *root, const dom_node *n);

/* Appends the text content of a subtree (text nodes only, in order). */
struct buf;
void dom_text_content(const dom_node *n, struct buf *out);

#endif
