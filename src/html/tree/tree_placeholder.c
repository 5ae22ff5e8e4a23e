/* tree_placeholder.c - PLACEHOLDER until the tree builder lands: an empty
 * document.  Delete this file when src/html/tree/ has the real builder. */
#include "../parse.h"
#include "pith.h"

static int empty(arena *a, dom_type type, dom_document *out)
{
    *out = (dom_document){ .arena = a };
    out->root = dom_new_node(out, type);
    return out->root ? 0 : PITH_ENOMEM;
}

int html_parse_document(arena *a, const char *utf8, size_t len, const html_parse_options *opt,
                        dom_document *out)
{
    (void)utf8, (void)len, (void)opt;
    return empty(a, DOM_DOCUMENT, out);
}

int html_parse_fragment(arena *a, const char *utf8, size_t len, dom_ns context_ns,
                        slice context_name, const html_parse_options *opt, dom_document *out)
{
    (void)utf8, (void)len, (void)context_ns, (void)context_name, (void)opt;
    return empty(a, DOM_FRAGMENT, out);
}
