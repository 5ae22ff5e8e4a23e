/* meta_excerpt.c - a description for pages that give none: the
 * article's first paragraph, as Readability's excerpt.  Reading views
 * and search results show it under the headline; a page's own summary
 * (meta description, og:description, JSON-LD) always goes first. */
#include "meta_internal.h"

/* Longest excerpt kept, in bytes of text: a first paragraph is rarely
 * longer, and a summary that runs on is no summary. */
enum { EXCERPT_MAX = 2000, BYLINE_MAX = 120 };

static bool contains(slice hay, slice needle)
{
    if (!needle.len || needle.len > hay.len)
        return false;
    for (size_t i = 0; i + needle.len <= hay.len; i++)
        if (memcmp(hay.ptr + i, needle.ptr, needle.len) == 0)
            return true;
    return false;
}

/* A short paragraph naming an author is the byline kept in the body
 * ("By Nathan Willis, March 25, 2015"), not a summary. */
static bool is_byline(slice text, const meta_list *authors)
{
    if (text.len > BYLINE_MAX)
        return false;
    for (size_t i = 0; i < authors->count; i++)
        if (contains(text, authors->items[i]))
            return true;
    return false;
}

void meta_describe_from_article(meta_info *m, const dom_node *article, arena *out)
{
    if (m->description.ptr || !article)
        return;
    for (const dom_node *n = article; n; n = dom_next(article, n)) {
        if (!dom_is(n, TAG_P))
            continue;
        slice text = meta_node_text(out, n, EXCERPT_MAX);
        if (text.len && !is_byline(text, &m->authors)) {
            m->description = text;
            return;
        }
    }
}
