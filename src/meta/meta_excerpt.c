/* meta_excerpt.c - a description for pages that give none: the
 * article's first paragraph, as Readability's excerpt.  Reading views
 * and search results show it under the headline; a page's own summary
 * (meta description, og:description, JSON-LD) always goes first. */
#include "meta_internal.h"

/* Longest excerpt kept, in bytes of text: a first paragraph is rarely
 * longer, and a summary that runs on is no summary. */
enum { EXCERPT_MAX = 2000 };

void meta_describe_from_article(meta_info *m, const dom_node *article, arena *out)
{
    if (m->description.ptr || !article)
        return;
    for (const dom_node *n = article; n; n = dom_next(article, n)) {
        if (!dom_is(n, TAG_P))
            continue;
        slice text = meta_node_text(out, n, EXCERPT_MAX);
        if (text.len) {
            m->description = text;
            return;
        }
    }
}
