/* meta_zone_map.c - the page's excluded zones, decided once per page.
 * The date scan and the byline scan both walk the main area and skip the
 * same zones; deciding an element's zone means reading its class and id
 * against a word list, so doing it once and sharing the answer halves that
 * work.  The table holds one byte per node (indexed by dom_node.index) for
 * the elements a zone-skipping walk reaches; elements inside an excluded
 * subtree are never asked about. */
#include "meta_zone.h"

#include "../core/arena.h"

enum { ZONE_UNKNOWN = 0, ZONE_KEPT = 1, ZONE_EXCLUDED = 2 };

int meta_zone_map_build(meta_evidence *ev, const dom_document *page)
{
    ev->zone_map = NULL;
    ev->zone_map_len = 0;
    if (!page->node_count)
        return 0;
    unsigned char *map = arena_calloc(ev->scratch, page->node_count, 1);
    if (!map)
        return 0; /* the scans decide each element themselves */
    meta_zone_words zw;
    meta_zone_words_init(&zw);
    const dom_node *root = page->root;
    for (const dom_node *n = root; n;) {
        if (n->type == DOM_ELEMENT && n->index < page->node_count) {
            bool ex = meta_zone_excluded_by(n, ev, &zw);
            map[n->index] = ex ? ZONE_EXCLUDED : ZONE_KEPT;
            if (ex) {
                n = dom_next_skip(root, n);
                continue;
            }
        }
        n = dom_next(root, n);
    }
    ev->zone_map = map;
    ev->zone_map_len = page->node_count;
    return 0;
}

bool meta_zone_skip(const meta_evidence *ev, const dom_node *el)
{
    if (ev->zone_map && el->index < ev->zone_map_len && ev->zone_map[el->index] != ZONE_UNKNOWN)
        return ev->zone_map[el->index] == ZONE_EXCLUDED;
    return meta_zone_excluded(el, ev);
}
