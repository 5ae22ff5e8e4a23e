/* meta_scan.c - one walk over the page for the zone map, the dates and
 * the bylines.  Both collectors read the main area node by node and skip
 * the same zones, which the map decides as the walk reaches each element;
 * walking the page once for all three, and trimming each text node once,
 * saves two walks (the DOM is read from memory, node by node).
 *
 * Each collector may pass over a subtree the other still reads (a <time>
 * the date scan has read whole, an author element the byline scan has
 * named, the <noscript> text that only bylines read): it then waits for
 * the node after that subtree, and the walk itself skips a subtree only
 * when both pass over it.  So each collector sees exactly the nodes its
 * own walk would have. */
#include "meta_internal.h"

#include <stdint.h>

#include "../core/ascii.h"
#include "../core/swar.h"

/* ascii_is_space(c) in one test: bit c of the mask for ' ', \t, \n, \f
 * and \r. */
static bool space_byte(unsigned char c)
{
    return c <= ' ' && (0x100003600u >> c & 1);
}

/* slice_trim(s) for a text node.  Pretty-printed pages indent with long
 * runs of spaces or tabs, in text nodes of nothing else: those pass eight
 * bytes at a time. */
static inline slice trim_text(slice s)
{
    const uint64_t spaces = 0x2020202020202020u, tabs = 0x0909090909090909u;
    size_t i = 0, end = s.len;
    while (i < end && space_byte((unsigned char)s.ptr[i])) {
        uint64_t x;
        if (i + 8 <= end && ((x = swar_load(s.ptr + i)) == spaces || x == tabs))
            i += 8;
        else
            i++;
    }
    while (end > i && space_byte((unsigned char)s.ptr[end - 1]))
        end--;
    return slice_make(s.ptr + i, end - i);
}

slice meta_trim_text(slice s)
{
    return trim_text(s);
}

static inline void read_attrs(const dom_node *el, meta_node_attrs *at)
{
    memset(at, 0, sizeof *at);
    unsigned found = 0;
    for (uint32_t i = 0; i < el->u.el.attr_count; i++) {
        const dom_attr *a = &el->u.el.attrs[i];
        if (a->ns != ATTR_NS_NONE)
            continue;
        const char *nm = a->name.ptr;
        slice *to = NULL;
        unsigned bit = 0;
        /* The length first: the other attributes' names are never read. */
        switch (a->name.len) {
        case 2: if (!memcmp(nm, "id", 2)) { to = &at->id; bit = 1; } break;
        case 3: if (!memcmp(nm, "rel", 3)) { to = &at->rel; bit = 2; } break;
        case 4: if (!memcmp(nm, "href", 4)) { to = &at->href; bit = 4; } break;
        case 5: if (!memcmp(nm, "class", 5)) { to = &at->cls; bit = 8; } break;
        case 8: if (!memcmp(nm, "itemprop", 8)) { to = &at->itemprop; bit = 16; } break;
        default: break;
        }
        if (to && !(found & bit)) {
            *to = a->value;
            found |= bit;
        }
    }
}

void meta_node_attrs_read(const dom_node *el, meta_node_attrs *at)
{
    read_attrs(el, at);
}

typedef struct waiting {
    bool on;               /* passing over a subtree ... */
    const dom_node *until; /* ... until this node (NULL: the end) */
} waiting;

/* Whether the collector is shown `n`: not while it waits, and no longer
 * once the walk has come to the node it waits for. */
static bool shown(waiting *w, const dom_node *n)
{
    if (w->on && n == w->until)
        w->on = false;
    return !w->on;
}

void meta_scan_page(meta_evidence *ev, const dom_document *page)
{
    meta_zone_marker *zones = meta_zone_map_begin(ev, page);
    meta_date_scan *dates = meta_dates_begin(ev, page);
    meta_byline_scan *bylines = meta_bylines_begin(ev);
    const dom_node *root = page->root;
    waiting zw = { !zones, NULL }, dw = { !dates, NULL }, bw = { !bylines, NULL };
    for (const dom_node *n = root; n;) {
        bool z_shown = shown(&zw, n), d_shown = shown(&dw, n), b_shown = shown(&bw, n);
        /* The zone map and both collectors read the same attributes of an
         * element. */
        meta_node_attrs at;
        if (n->type == DOM_ELEMENT && (z_shown || d_shown || b_shown))
            read_attrs(n, &at);
        /* The zone map marks what a zone-skipping walk reaches; it never
         * keeps the walk in a subtree the collectors pass over. */
        if (z_shown && meta_zone_map_mark(zones, n, &at))
            zw = (waiting){ true, dom_next_skip(root, n) };
        slice trimmed = n->type == DOM_TEXT ? trim_text(n->u.text) : slice_make(NULL, 0);
        bool d_pass = d_shown && !(n->type == DOM_TEXT && !trimmed.len && meta_dates_skip_blank(dates, n)) &&
                      meta_dates_visit(dates, n, trimmed, &at);
        /* A blank text node passes every byline test unmatched (each
         * needs a letter), and most text nodes of a page are blank. */
        bool b_pass = b_shown && (n->type != DOM_TEXT || trimmed.len) &&
                      meta_bylines_visit(ev, bylines, n, trimmed, &at);
        const dom_node *after = d_pass || b_pass ? dom_next_skip(root, n) : NULL;
        if (d_pass)
            dw = (waiting){ true, after };
        if (b_pass)
            bw = (waiting){ true, after };
        if (dw.on && bw.on && (d_pass || b_pass)) {
            /* Neither reads this subtree. */
            n = after;
            continue;
        }
        n = meta_walk_next(root, n);
    }
    meta_dates_end(dates);
    meta_bylines_end(ev, bylines, page);
    meta_zone_map_end(zones);
}
