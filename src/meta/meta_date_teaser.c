/* meta_date_teaser.c - whether a date found in the page's text belongs to
 * a teaser of another article (a card of a "Related" or "Latest" block
 * that the zone words did not name): a small block around the date that
 * also holds a link with a headline-sized text. */
#include "meta_internal.h"

/* True when `s` opens with a byline word ("By Jane Doe"). */
static bool byline_lead(slice s)
{
    static const char *const leads[] = { "by", "von", "par", "por", "door", "di", NULL };
    size_t w = 0;
    while (w < s.len && s.ptr[w] != ' ')
        w++;
    slice first = slice_make(s.ptr, w);
    for (size_t k = 0; leads[k]; k++)
        if (slice_eq_nocase(first, leads[k]))
            return true;
    return false;
}

/* True when the subtree of `a` (a link) holds a headline-sized text:
 * five words or more, not a time, not a byline ("By Jane Doe, Editor"). */
static bool headline_link(const dom_node *a)
{
    enum { MAX_NODES = 60 };
    size_t len = 0, words = 0, seen = 0;
    for (const dom_node *t = a; t && ++seen <= MAX_NODES;) {
        if (dom_is(t, TAG_TIME)) {
            t = dom_next_skip(a, t);
            continue;
        }
        if (t->type == DOM_TEXT) {
            slice s = slice_trim(t->u.text);
            if (!len && s.len && byline_lead(s))
                return false;
            if (s.len) {
                len += s.len + 1;
                words++;
                for (size_t i = 0; i < s.len && words < 5; i++)
                    words += s.ptr[i] == ' ';
            }
            if (len >= 30 && words >= 5)
                return true;
        }
        t = dom_next(a, t);
    }
    return false;
}

/* True when the date at `n` sits in a teaser of another article: a small
 * block (a few levels up, not holding the headline) that also holds a
 * link with a headline-sized text ("<div><a>Other story's title</a>
 * <span>09.08.2020</span></div>"). */
bool meta_date_in_teaser(const dom_node *n, const dom_node *headline, const dom_node *const *head_anc,
                         size_t anc_count)
{
    enum { LEVELS = 3, MAX_NODES = 60 };
    const dom_node *p = n->type == DOM_ELEMENT ? n : n->parent;
    for (int up = 0; up < LEVELS && p && p->type == DOM_ELEMENT; up++, p = p->parent) {
        if (dom_is(p, TAG_BODY) || dom_is(p, TAG_ARTICLE) || dom_is(p, TAG_MAIN))
            return false;
        for (size_t i = 0; i < anc_count; i++)
            if (head_anc[i] == p)
                return false;
        size_t seen = 0;
        for (const dom_node *c = p; c; c = dom_next(p, c)) {
            if (++seen > MAX_NODES || c == headline)
                break; /* the rest of a large block is the article's own text */
            if (dom_is(c, TAG_A) && headline_link(c))
                return true;
        }
    }
    return false;
}
