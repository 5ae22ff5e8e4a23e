/* ext_profile_groups.c - the page's main repeated group: the children of
 * one element that share a tag and class (cards, posts, result rows),
 * chosen by their text mass.  Listings, collections and forums are such
 * groups; their best-scoring block is often one card or the intro only.
 *
 * Shop and search templates often name their cards with words that mark
 * boilerplate elsewhere ("category-product", "ad-listing-title"), so a
 * class-word mark on the items themselves does not exclude them when they
 * look like cards (several text blocks each, not one menu link); a mark on
 * the group's container or above it, and the nav/aside/header/footer
 * tags, still do.
 *
 * One pass over the elements; each parent compares its children's
 * signatures with at most MAX_SIGS distinct ones, so the pass is linear. */
#include "ext_internal.h"

#include "../core/ascii.h"

enum { MAX_SIGS = 8, MIN_ITEMS = 4 };

/* The tag and the first class name, digits left out: "item-1" and
 * "item-2" are one kind, and so are WordPress cards whose later classes
 * name each post's categories and tags. */
static uint32_t signature(const dom_node *n)
{
    uint32_t h = 2166136261u ^ n->tag;
    slice cls = slice_trim(dom_attr_value(n, "class"));
    for (size_t i = 0; i < cls.len && !ascii_is_space((unsigned char)cls.ptr[i]); i++) {
        unsigned ch = (unsigned char)cls.ptr[i];
        if (ascii_is_digit(ch))
            continue;
        h = (h ^ ch) * 16777619u;
    }
    return h;
}

static bool usable(const ext_ctx *c, const ext_info *in)
{
    return !(in->flags & (EXT_DROP | EXT_UNDER_BOILER)) &&
           !(ext_marked_boiler(c, in) && !(in->flags & EXT_PROTECTED));
}

/* An item: usable, or marked boilerplate by class words only (not by tag
 * or role, not as a comment, not as a menu). */
static bool item_usable(const ext_ctx *c, const dom_node *k, const ext_info *in, bool *marked)
{
    *marked = false;
    if (usable(c, in))
        return true;
    if (in->flags & (EXT_DROP | EXT_UNDER_BOILER | EXT_STRUCT_BOILER | EXT_COMMENTS))
        return false;
    /* class words of menu entries, which repeat like cards */
    if (ext_attr_has_word(c, k, EXT_WORD_MENU))
        return false;
    *marked = true;
    return true;
}

dom_node *ext_profile_group(ext_ctx *c, ext_group *out)
{
    dom_node *best = NULL;
    *out = (ext_group){ 0 };
    for (uint32_t i = 0; i < c->count; i++) {
        dom_node *p = c->order[i];
        if (p->type != DOM_ELEMENT || !usable(c, ext_inf(c, p)) || ext_inf(c, p)->chars < 200)
            continue;
        uint32_t sig[MAX_SIGS], mass[MAX_SIGS], items[MAX_SIGS], blocks[MAX_SIGS], marked[MAX_SIGS];
        int ns = 0;
        for (dom_node *k = p->first_child; k; k = k->next) {
            if (k->type != DOM_ELEMENT)
                continue;
            ext_info *ki = ext_inf(c, k);
            bool mk;
            if (!ki->chars || !item_usable(c, k, ki, &mk))
                continue;
            uint32_t s = signature(k);
            int j = 0;
            while (j < ns && sig[j] != s)
                j++;
            if (j == ns) {
                if (ns == MAX_SIGS)
                    continue;
                sig[ns] = s, mass[ns] = 0, items[ns] = 0, blocks[ns] = 0, marked[ns] = 0, ns++;
            }
            mass[j] += ki->chars;
            items[j]++;
            blocks[j] += ki->blocks;
            marked[j] += mk;
        }
        for (int j = 0; j < ns; j++) {
            if (items[j] < MIN_ITEMS || mass[j] <= out->mass)
                continue;
            /* Marked items must look like cards: two text blocks each on
             * average (a title and a price or teaser), not menu entries. */
            if (marked[j] && blocks[j] < 2 * items[j])
                continue;
            best = p;
            *out = (ext_group){ .mass = mass[j], .items = items[j], .sig = sig[j], .marked = marked[j] };
        }
    }
    return best;
}

bool ext_profile_group_item(const ext_group *g, const dom_node *k)
{
    return k->type == DOM_ELEMENT && signature(k) == g->sig;
}

void ext_profile_group_protect(ext_ctx *c, dom_node *parent, const ext_group *g)
{
    if (!g->marked)
        return;
    for (dom_node *k = parent->first_child; k; k = k->next) {
        if (!ext_profile_group_item(g, k) || (ext_inf(c, k)->flags & (EXT_DROP | EXT_STRUCT_BOILER)))
            continue;
        for (dom_node *n = k; n; n = dom_next(k, n)) {
            if (n->type != DOM_ELEMENT)
                continue;
            ext_info *in = ext_inf(c, n);
            if (ext_marked_boiler(c, in))
                in->flags |= EXT_PROTECTED;
        }
    }
}
