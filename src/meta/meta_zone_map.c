/* meta_zone_map.c - the page's excluded zones, decided once per page.
 * The date scan and the byline scan both walk the main area and skip the
 * same zones; deciding an element's zone means reading its class and id
 * against a word list, so doing it once and sharing the answer halves that
 * work.  The table holds one byte per node (indexed by dom_node.index) for
 * the elements a zone-skipping walk reaches; elements inside an excluded
 * subtree are never asked about.  The same pass notes which elements sit
 * in a block of tag links (an ancestor classed "tags"), which the byline
 * scan asks for every link. */
#include "meta_zone.h"

#include "../core/arena.h"

enum {
    ZONE_UNKNOWN = 0,
    ZONE_KEPT = 1,
    ZONE_EXCLUDED = 2,
    ZONE_STATE = 3,       /* the bits above */
    ZONE_TAG_BLOCK = 4,   /* its class or id names a tag block */
    ZONE_IN_TAG_BLOCK = 8 /* an ancestor (the document excluded) does */
};

int meta_zone_map_build(meta_evidence *ev, const dom_document *page)
{
    ev->zone_map = NULL;
    ev->zone_map_len = 0;
    if (!page->node_count)
        return 0;
    unsigned char *map = arena_calloc(ev->scratch, page->node_count, 1);
    if (!map)
        return 0; /* the scans decide each element themselves */
    word_matcher *own;
    const word_matcher *zw = meta_zone_words_of(ev, &own);
    if (!zw)
        return 0;
    const dom_node *root = page->root;
    for (const dom_node *n = root; n;) {
        if (n->type == DOM_ELEMENT && n->index < page->node_count) {
            unsigned words = meta_zone_class_words(n, zw);
            bool ex = meta_zone_excluded_by(n, ev, words);
            unsigned up = 0; /* the parent was reached before its children */
            const dom_node *p = n->parent;
            if (p && p != root && p->type == DOM_ELEMENT && p->index < page->node_count &&
                map[p->index] & (ZONE_TAG_BLOCK | ZONE_IN_TAG_BLOCK))
                up = ZONE_IN_TAG_BLOCK;
            map[n->index] = (unsigned char)((ex ? ZONE_EXCLUDED : ZONE_KEPT) | up |
                                            (words & ZONE_WORD_TAG ? ZONE_TAG_BLOCK : 0));
            if (ex) {
                n = dom_next_skip(root, n);
                continue;
            }
        }
        n = dom_next(root, n);
    }
    word_matcher_free(own);
    ev->zone_map = map;
    ev->zone_map_len = page->node_count;
    return 0;
}

static unsigned map_of(const meta_evidence *ev, const dom_node *el)
{
    return ev->zone_map && el->index < ev->zone_map_len ? ev->zone_map[el->index] : ZONE_UNKNOWN;
}

bool meta_zone_skip(const meta_evidence *ev, const dom_node *el)
{
    unsigned z = map_of(ev, el);
    if (z & ZONE_STATE)
        return (z & ZONE_STATE) == ZONE_EXCLUDED;
    return meta_zone_excluded(el, ev);
}

bool meta_zone_in_tag_block(const meta_evidence *ev, const dom_node *el)
{
    unsigned z = map_of(ev, el);
    if (z & ZONE_STATE)
        return z & ZONE_IN_TAG_BLOCK;
    /* Not reached by the map's walk (or no map): ask the ancestors. */
    word_matcher *own;
    const word_matcher *zw = meta_zone_words_of(ev, &own);
    bool in = false;
    for (const dom_node *p = el->parent; zw && !in && p && p->parent; p = p->parent)
        in = meta_zone_class_words(p, zw) & ZONE_WORD_TAG;
    word_matcher_free(own);
    return in;
}
