/* parse.h - HTML parsing: UTF-8 text in, dom_document out (HTML Standard
 * 13.2.6, "Tree construction"), for documents and for fragments. */
#ifndef PITH_HTML_PARSE_H
#define PITH_HTML_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "dom.h"

typedef struct html_parse_options {
    bool scripting;      /* the scripting flag: <noscript> parses as raw text */
    uint32_t max_nodes;  /* 0: unlimited */
    uint32_t max_depth;  /* 0: the default (HTML_DEFAULT_MAX_DEPTH) */
} html_parse_options;

/* Browsers cap how deep the tree grows (Blink: 512); beyond the cap new
 * elements are inserted as siblings of the deepest allowed ancestor, so a
 * page of a million nested <div>s costs linear time and bounded depth. */
#define HTML_DEFAULT_MAX_DEPTH 512

/* Parses `utf8` (borrowed: it must outlive the document, whose slices point
 * into it) into a document allocated in `a`.  On success *out is filled in
 * and 0 returned; otherwise a negative PITH_E... code (out of memory,
 * too many nodes). */
int html_parse_document(arena *a, const char *utf8, size_t len,
                        const html_parse_options *opt, dom_document *out);

/* The fragment parsing algorithm with a context element: `context_name` is
 * the element's local name and `context_ns` its namespace.  out->root is a
 * DOM_FRAGMENT holding the parsed children (the html element the algorithm
 * creates is not part of it). */
int html_parse_fragment(arena *a, const char *utf8, size_t len,
                        dom_ns context_ns, slice context_name,
                        const html_parse_options *opt, dom_document *out);

#endif
