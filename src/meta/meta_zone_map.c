/* meta_zone_map.c - the page's excluded zones, decided once per page.
 * The date scan and the byline scan both skip the same zones; deciding an
 * element's zone means reading its class and id against a word list, so
 * doing it once and sharing the answer halves that work.  The table holds
 * one byte per node (indexed by dom_node.index), filled by the walk of
 * meta_scan.c as it reaches each element, before the scans see it;
 * elements inside an excluded subtree are never marked (nor asked about).
 * The same marks note which elements sit in a block of tag links (an
 * ancestor classed "tags"), which the byline scan asks for every link,
 * and which have a date word in their class or id, which the date scan
 * asks for every element it reads (meta_date_class). */
#include "meta_zone.h"

#include <string.h>

#include "../core/arena.h"

/* A page repeats its class values (half were seen before: list items,
 * cards, columns), so the marker remembers the words of recent ones, in
 * slots picked by the value's length and a few of its bytes; a value is
 * read again only when its slot holds another. */
enum { CLASS_MEMO = 256 };
typedef struct class_memo {
    const char *ptr; /* NULL: empty slot */
    size_t len;
    unsigned words;
} class_memo;

struct meta_zone_marker {
    meta_evidence *ev;
    unsigned char *map;
    size_t len;
    const word_matcher *zw;
    word_matcher *own; /* built here when the evidence has none */
    class_memo memo[CLASS_MEMO];
};

meta_zone_marker *meta_zone_map_begin(meta_evidence *ev, const dom_document *page)
{
    ev->zone_map = NULL;
    ev->zone_map_len = 0;
    if (!page->node_count)
        return NULL;
    meta_zone_marker *zm = arena_alloc(ev->scratch, sizeof *zm);
    unsigned char *map = arena_calloc(ev->scratch, page->node_count, 1);
    if (!zm || !map)
        return NULL; /* the scans decide each element themselves */
    memset(zm, 0, sizeof *zm);
    zm->ev = ev;
    zm->map = map;
    zm->len = page->node_count;
    zm->zw = meta_zone_words_of(ev, &zm->own);
    if (!zm->zw)
        return NULL;
    /* The headline and the <h1>s that repeat the title are never in an
     * excluded zone: note what holds them before the walk. */
    for (size_t i = 0; i <= ev->h1_count; i++) {
        const dom_node *h = i < ev->h1_count ? (ev->h1_agrees[i] ? ev->h1[i] : NULL) : ev->headline;
        for (; h && h->index < zm->len; h = h->parent)
            map[h->index] |= ZONE_HOLDS_HEADLINE;
    }
    ev->zone_map = map;
    ev->zone_map_len = page->node_count;
    return zm;
}

/* The ZONE_WORD_ flags of a class value (len >= 1), through the memo. */
static unsigned class_words(meta_zone_marker *zm, slice cls)
{
    const unsigned char *p = (const unsigned char *)cls.ptr;
    size_t n = cls.len;
    class_memo *m = &zm->memo[(n * 31u + p[0] * 7u + p[n / 2] * 131u + p[n - 1]) & (CLASS_MEMO - 1)];
    if (m->ptr && m->len == n && (m->ptr == cls.ptr || memcmp(m->ptr, cls.ptr, n) == 0))
        return m->words;
    *m = (class_memo){ cls.ptr, n, word_matcher_find(zm->zw, cls) };
    return m->words;
}

bool meta_zone_map_mark_element(meta_zone_marker *zm, const dom_node *n, const meta_node_attrs *at)
{
    if (n->index >= zm->len)
        return false;
    unsigned words = 0;
    if (at->cls.len)
        words = class_words(zm, at->cls);
    if (at->id.len) /* ids are unique: not remembered */
        words |= word_matcher_find(zm->zw, at->id);
    /* Most elements have neither a telling tag nor a zone word. */
    bool ex = (words & (ZONE_WORD_EXCLUDED | ZONE_WORD_OUTSIDE) || meta_zone_tag_rule(n) != ZONE_RULE_WORDS) &&
              meta_zone_excluded_by(n, zm->ev, words);
    /* The parent was reached before its children (the document node, or
     * any other that is no element, never has tag bits). */
    unsigned up = 0;
    const dom_node *p = n->parent;
    if (p && p->index < zm->len && zm->map[p->index] & (ZONE_TAG_BLOCK | ZONE_IN_TAG_BLOCK))
        up = ZONE_IN_TAG_BLOCK;
    zm->map[n->index] = (unsigned char)((zm->map[n->index] & ZONE_HOLDS_HEADLINE) |
                                        (ex ? ZONE_EXCLUDED : ZONE_KEPT) | up |
                                        (words & ZONE_WORD_TAG ? ZONE_TAG_BLOCK : 0) |
                                        (words & ZONE_WORD_DATE ? ZONE_DATE_CLASS : 0) |
                                        (words & ZONE_WORD_BYLINE ? ZONE_BYLINE_WORD : 0));
    return ex;
}

void meta_zone_map_end(meta_zone_marker *zm)
{
    if (zm)
        word_matcher_free(zm->own);
}

/* For a node the map's walk did not reach (or with no map): whether the
 * class or id of `el` (with `up`, of one of its ancestors below the
 * document) holds one of the zone words `want`. */
static bool class_words_have(const meta_evidence *ev, const dom_node *el, bool up, unsigned want)
{
    word_matcher *own;
    const word_matcher *zw = meta_zone_words_of(ev, &own);
    bool has = false;
    for (const dom_node *p = el; zw && !has && p && (!up || p->parent); p = up ? p->parent : NULL)
        has = meta_zone_class_words(p, zw) & want;
    word_matcher_free(own);
    return has;
}

bool meta_zone_in_tag_block(const meta_evidence *ev, const dom_node *el)
{
    unsigned z = meta_zone_map_at(ev, el);
    return z & ZONE_STATE ? (z & ZONE_IN_TAG_BLOCK) != 0 : class_words_have(ev, el->parent, true, ZONE_WORD_TAG);
}

bool meta_zone_date_class_read(const meta_evidence *ev, const dom_node *el)
{
    unsigned z = meta_zone_map_at(ev, el);
    return z & ZONE_STATE ? (z & ZONE_DATE_CLASS) != 0 : class_words_have(ev, el, false, ZONE_WORD_DATE);
}
