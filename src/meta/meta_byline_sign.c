/* meta_byline_sign.c - the author's signature at the end of the text: a
 * paragraph that holds only a name set in bold or italics, the last of
 * its container, after a paragraph of running text ("...</p><p><b>Jane
 * Doe</b></p>").  The last resort of the byline scan: taken only when the
 * page names nobody in any other way. */
#include "meta_byline.h"
#include "meta_author.h"

#include "../core/ascii.h"

enum {
    SIGN_TEXT_MAX = 60,   /* bytes of a signature */
    BODY_TEXT_MIN = 150,  /* bytes of the paragraph before it */
    SIGN_DEPTH_MAX = 4,   /* nested <b><i><font> around the name */
};

static bool blank_node(const dom_node *n)
{
    return n->type == DOM_COMMENT || (n->type == DOM_TEXT && !slice_trim(n->u.text).len);
}

/* The only element of `p`, blank text aside, or NULL. */
static const dom_node *sole_element(const dom_node *p)
{
    const dom_node *only = NULL;
    for (const dom_node *c = p->first_child; c; c = c->next) {
        if (blank_node(c))
            continue;
        if (c->type != DOM_ELEMENT || only)
            return NULL;
        only = c;
    }
    return only;
}

/* Bold or italic text: b, strong, i, em, and <font>/<span> inside them. */
static bool emphasis(const dom_node *el)
{
    return dom_is(el, TAG_B) || dom_is(el, TAG_STRONG) || dom_is(el, TAG_I) || dom_is(el, TAG_EM);
}

size_t meta_byline_signature(meta_evidence *ev, const dom_node *p, meta_items *l)
{
    /* The last of its container: nothing but blank text after it. */
    for (const dom_node *c = p->next; c; c = c->next)
        if (!blank_node(c))
            return 0;
    const dom_node *el = sole_element(p);
    if (!el || !emphasis(el))
        return 0;
    for (int depth = 0; depth < SIGN_DEPTH_MAX; depth++) {
        const dom_node *inner = sole_element(el);
        if (!inner)
            break;
        el = inner;
    }
    /* After running text. */
    const dom_node *prev = p->prev;
    while (prev && blank_node(prev))
        prev = prev->prev;
    if (!prev || !dom_is(prev, TAG_P) ||
        meta_node_text(ev->scratch, prev, BODY_TEXT_MIN + 1).len <= BODY_TEXT_MIN)
        return 0;
    slice name = meta_node_text(ev->scratch, p, SIGN_TEXT_MAX + 1);
    slice w[4];
    size_t words = meta_author_split_words(name, w, 3);
    if (name.len > SIGN_TEXT_MAX || words < 2 || words > 3 || !meta_author_plausible(name, false))
        return 0;
    return meta_authors_add_byline(l, ev->out, name);
}
