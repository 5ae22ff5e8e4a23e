/* ext_profile.c - content assembly for pages that are not articles.
 *
 * An article's text sits in one container; a service page, a listing or a
 * product page spreads its main content over several sibling sections
 * (intro, cards, specs, FAQ) of which the best-scoring one is only a part.
 * For those pages the winner is widened: it climbs to its parent while the
 * parent adds text that is neither marked boilerplate nor mostly links, so
 * the whole main area between header and footer is taken; ext_prune.c then
 * removes the marked boilerplate inside it. */
#include "ext_internal.h"

typedef struct clean_fig {
    uint32_t chars; /* characters outside unprotected boilerplate marks */
    uint32_t link;  /* of which inside links */
} clean_fig;

/* Bottom-up: each element's characters minus those of marked subtrees. */
static clean_fig *clean_figures(ext_ctx *c)
{
    clean_fig *f = arena_calloc(c->scratch, c->max_index ? c->max_index : 1, sizeof *f);
    if (!f)
        return NULL;
    for (uint32_t i = c->count; i-- > 0;) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT)
            continue;
        ext_info *in = ext_inf(c, n);
        clean_fig *me = &f[n->index];
        me->chars += in->own_chars;
        me->link += in->own_link < in->own_chars ? in->own_link : in->own_chars;
        if (!n->parent || n == c->body || (in->flags & EXT_DROP))
            continue;
        if (ext_marked_boiler(c, in) && !(in->flags & EXT_PROTECTED))
            continue;
        clean_fig *pf = &f[n->parent->index];
        pf->chars += me->chars;
        pf->link += me->link;
    }
    return f;
}

static dom_node *common_ancestor(const ext_ctx *c, dom_node *a, dom_node *b)
{
    while (a && b && a != b) {
        if (ext_inf(c, a)->depth >= ext_inf(c, b)->depth)
            a = a->parent;
        else
            b = b->parent;
    }
    return a && b ? a : c->body;
}

/* A page whose best prose block is small beside a group of same-kind
 * cards or posts is a listing (when nothing declared another type), and
 * its content spans the group: the winner becomes their common ancestor. */
static void take_group(ext_ctx *c, clean_fig *f)
{
    ext_group gr;
    dom_node *g = ext_profile_group(c, &gr);
    ext_info *wi = ext_inf(c, c->winner);
    if (!g)
        return;
    if (c->type == PAGE_ARTICLE && wi->good < 1000 && gr.mass > 2 * (uint32_t)wi->good &&
        gr.items >= 5)
        c->type = PAGE_LISTING;
    if (c->type == PAGE_ARTICLE || c->type == PAGE_DOCUMENTATION)
        return;
    if (gr.mass > f[c->winner->index].chars / 2) {
        ext_profile_group_protect(c, g, &gr);
        dom_node *a = common_ancestor(c, c->winner, g);
        /* A small winner far from the cards (a notice, a banner line):
         * their common ancestor would be most of the page; start from
         * the cards and let the widening below find what goes with them. */
        uint32_t wchars = wi->chars, achars = ext_inf(c, a)->chars;
        c->winner = wi->good < 250 && wchars * 3 < gr.mass && achars > 2 * (gr.mass + wchars) ? g : a;
    }
}

void ext_profile_widen(ext_ctx *c)
{
    if (!c->winner)
        return;
    clean_fig *f = clean_figures(c);
    if (!f)
        return;
    take_group(c, f);
    dom_node *w = c->winner;
    if (w == c->body)
        return;
    bool spread = c->type != PAGE_ARTICLE && c->type != PAGE_DOCUMENTATION;
    /* Link text is content only when selection ran in link mode: on a
     * collection page whose cards were found, the parents above them
     * that add mostly links are menus and footers. */
    bool links_ok = c->link_mode;
    while (w != c->body && w->parent && w->parent->type == DOM_ELEMENT) {
        dom_node *p = w->parent;
        ext_info *pi = ext_inf(c, p);
        if ((pi->flags & EXT_DROP) || (ext_marked_boiler(c, pi) && !(pi->flags & EXT_PROTECTED)))
            break;
        /* Without prose, ext_prune.c cannot tell the marked boilerplate
         * inside the parent from content: stay with the cards. */
        if (pi->good <= 0)
            break;
        clean_fig *pf = &f[p->index], *wf = &f[w->index];
        uint32_t gain = pf->chars - wf->chars, glink = pf->link - wf->link;
        if (gain == 0) {
            w = p;
            continue;
        }
        if (!links_ok && glink * 2 > gain)
            break;
        /* Articles gain only bylines and teasers; spread pages gain prose. */
        float wg = ext_inf(c, w)->good, pg = pi->good - wg;
        if (!spread && pg < 100 + 0.1f * wg)
            break;
        w = p;
    }
    c->winner = w;
}
