/* ext_profile_drop.c - dropping page parts before selection, for the page
 * profiles (product widgets, forum post furniture): the walk that finds
 * them and the bookkeeping that takes their figures out of the page. */
#include "ext_internal.h"

/* Takes a dropped subtree's figures out of its ancestors, so that the
 * selection weighs the page as if the widget were not there. */
void ext_profile_drop_subtree(ext_ctx *c, dom_node *n)
{
    ext_info *in = ext_inf(c, n);
    /* Every element below too: the features pass never lists what lies
     * under a dropped element, but these were listed and scored. */
    for (dom_node *k = n; k; k = dom_next(n, k))
        if (k->type == DOM_ELEMENT)
            ext_inf(c, k)->flags |= EXT_DROP;
    /* An inline element's text counted as its nearest block's own. */
    dom_node *b = n->parent;
    while (!(in->flags & EXT_BLOCK) && b && b->type == DOM_ELEMENT && !(ext_inf(c, b)->flags & EXT_BLOCK))
        b = b->parent;
    if (!(in->flags & EXT_BLOCK) && b && b->type == DOM_ELEMENT) {
        ext_info *bi = ext_inf(c, b);
        bi->own_chars -= in->chars < bi->own_chars ? in->chars : bi->own_chars;
        bi->own_link -= in->link < bi->own_link ? in->link : bi->own_link;
        bi->own_punct -= in->punct < bi->own_punct ? in->punct : bi->own_punct;
        bi->own_words -= in->words < bi->own_words ? in->words : bi->own_words;
        bi->own_stops -= in->stops < bi->own_stops ? in->stops : bi->own_stops;
    }
    for (dom_node *p = n->parent; p && p->type == DOM_ELEMENT; p = p->parent) {
        ext_info *pi = ext_inf(c, p);
        pi->chars -= in->chars < pi->chars ? in->chars : pi->chars;
        pi->link -= in->link < pi->link ? in->link : pi->link;
        pi->punct -= in->punct < pi->punct ? in->punct : pi->punct;
        pi->words -= in->words < pi->words ? in->words : pi->words;
        pi->stops -= in->stops < pi->stops ? in->stops : pi->stops;
        pi->blocks -= in->blocks < pi->blocks ? in->blocks : pi->blocks;
        pi->links -= in->links < pi->links ? in->links : pi->links;
    }
}

void ext_profile_drop_where(ext_ctx *c, float wrapper_share, ext_drop_test drops, const void *arg)
{
    /* Fixed before the walk: dropping lowers the body's figures. */
    float wrapper = wrapper_share * (float)ext_inf(c, c->body)->chars;
    const dom_node *root = c->body;
    for (dom_node *n = c->body; n;) {
        if (n->type != DOM_ELEMENT) {
            n = dom_next(root, n);
            continue;
        }
        ext_info *in = ext_inf(c, n);
        if (in->flags & EXT_DROP) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n != c->body && (float)in->chars < wrapper && drops(c, n, arg)) {
            ext_profile_drop_subtree(c, n);
            n = dom_next_skip(root, n);
            continue;
        }
        n = dom_next(root, n);
    }
}
