/* ext_profile_groups.c - the page's main repeated group: the children of
 * one element that share a tag and class (cards, posts, result rows),
 * chosen by their text mass.  Listings, collections and forums are such
 * groups; their best-scoring block is often one card or the intro only.
 *
 * One pass over the elements; each parent compares its children's
 * signatures with at most MAX_SIGS distinct ones, so the pass is linear. */
#include "ext_internal.h"

#include "../core/ascii.h"

enum { MAX_SIGS = 8, MIN_ITEMS = 4 };

static uint32_t signature(const dom_node *n)
{
    uint32_t h = 2166136261u ^ n->tag;
    slice cls = dom_attr_value(n, "class");
    for (size_t i = 0; i < cls.len; i++) {
        unsigned ch = (unsigned char)cls.ptr[i];
        if (ascii_is_digit(ch))
            continue; /* "item-1", "item-2" are one kind */
        h = (h ^ ch) * 16777619u;
    }
    return h;
}

static bool usable(const ext_ctx *c, const ext_info *in)
{
    return !(in->flags & (EXT_DROP | EXT_UNDER_BOILER)) &&
           !(ext_marked_boiler(c, in) && !(in->flags & EXT_PROTECTED));
}

dom_node *ext_profile_group(ext_ctx *c, uint32_t *mass_out, uint32_t *items_out)
{
    dom_node *best = NULL;
    uint32_t best_mass = 0, best_items = 0;
    for (uint32_t i = 0; i < c->count; i++) {
        dom_node *p = c->order[i];
        if (p->type != DOM_ELEMENT || !usable(c, ext_inf(c, p)) || ext_inf(c, p)->chars < 200)
            continue;
        uint32_t sig[MAX_SIGS], mass[MAX_SIGS], items[MAX_SIGS];
        int ns = 0;
        for (dom_node *k = p->first_child; k; k = k->next) {
            if (k->type != DOM_ELEMENT)
                continue;
            ext_info *ki = ext_inf(c, k);
            if (!usable(c, ki) || !ki->chars)
                continue;
            uint32_t s = signature(k);
            int j = 0;
            while (j < ns && sig[j] != s)
                j++;
            if (j == ns) {
                if (ns == MAX_SIGS)
                    continue;
                sig[ns] = s, mass[ns] = 0, items[ns] = 0, ns++;
            }
            mass[j] += ki->chars;
            items[j]++;
        }
        for (int j = 0; j < ns; j++)
            if (items[j] >= MIN_ITEMS && mass[j] > best_mass) {
                best = p;
                best_mass = mass[j];
                best_items = items[j];
            }
    }
    *mass_out = best_mass;
    *items_out = best_items;
    return best;
}
