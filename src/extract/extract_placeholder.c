/* extract_placeholder.c - PLACEHOLDER until extraction lands: an empty
 * article.  Delete when src/extract/ has the real extractor. */
#include "extract.h"
#include "pith.h"

const char *ext_page_type_name(ext_page_type t)
{
    static const char *const names[] = { "article", "forum", "product", "collection",
                                         "listing", "documentation", "service", "other" };
    return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "other";
}

int ext_extract(const dom_document *page, const ext_options *opt, arena *out, ext_result *res)
{
    (void)page, (void)opt;
    *res = (ext_result){ .tree = { .arena = out }, .page_type = PAGE_OTHER };
    res->tree.root = dom_new_node(&res->tree, DOM_FRAGMENT);
    return res->tree.root ? 0 : PITH_ENOMEM;
}
