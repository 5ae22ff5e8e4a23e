/* ext_profile_product.c - what a product page shows beside the product.
 *
 * A product page's main content is its name, price block, description and
 * specifications.  Around them sit customer reviews and ratings (often
 * more prose than the description, so they would win the selection),
 * question-and-answer widgets, and carousels of recommended, related or
 * recently viewed products.  Their containers say what they are in their
 * class/id words or in schema.org microdata (itemprop=review, itemtype
 * Review); on product pages they are dropped before selection.
 *
 * A marked element holding the page's <h1> or most of its text is the
 * page wrapper, not a widget ("product-reviews-enabled" on <main>): it
 * stays, and its marked children are looked at instead.
 *
 * Shops that render the description by script leave little in the body;
 * their structured data or meta description still says what the product
 * is, so a body that yields less text than that description is replaced
 * by it (ext_profile_fallback). */
#include "ext_internal.h"

#include "../core/ascii.h"
#include "pith.h"

/* Share of the body's characters above which a marked element is taken
 * for a wrapper. */
#define WRAPPER_SHARE 0.7f

static bool schema_review(const dom_node *el)
{
    slice ip = dom_attr_value(el, "itemprop");
    if (ip.len && (slice_eq_nocase(ip, "review") || slice_eq_nocase(ip, "aggregateRating")))
        return true;
    slice it = slice_trim(dom_attr_value(el, "itemtype"));
    long at = slice_find_nocase(it, "schema.org/");
    if (at < 0)
        return false;
    slice tail = slice_make(it.ptr + at + 11, it.len - (size_t)at - 11);
    return slice_eq_nocase(tail, "Review") || slice_eq_nocase(tail, "AggregateRating");
}


/* A review, rating or recommendation block that holds no <h1>. */
static bool is_side_widget(const ext_ctx *c, const dom_node *n, const void *has_h1)
{
    return !((const uint8_t *)has_h1)[n->index] &&
           (schema_review(n) || ext_attr_has_word(c, n, EXT_WORD_ASIDE));
}

void ext_profile_mark(ext_ctx *c)
{
    if (c->type != PAGE_PRODUCT || !c->body)
        return;
    /* Elements holding an <h1>: a bitmap filled by climbing from each. */
    uint8_t *has_h1 = arena_calloc(c->scratch, c->max_index ? c->max_index : 1, 1);
    if (!has_h1)
        return;
    for (uint32_t i = 0; i < c->count; i++) {
        dom_node *n = c->order[i];
        if (!ext_is_el(n, TAG_H1) || (ext_inf(c, n)->flags & EXT_DROP))
            continue;
        for (dom_node *p = n; p && p->type == DOM_ELEMENT && !has_h1[p->index]; p = p->parent)
            has_h1[p->index] = 1;
    }
    ext_profile_drop_where(c, WRAPPER_SHARE, is_side_widget, has_h1);
}

/* Bytes of text other than white space. */
static size_t visible_len(slice s)
{
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++)
        n += !ascii_is_space((unsigned char)s.ptr[i]);
    return n;
}

static size_t tree_text_len(const dom_node *root)
{
    size_t n = 0;
    for (const dom_node *k = root; k; k = dom_next(root, k))
        if (k->type == DOM_TEXT)
            n += visible_len(k->u.text);
    return n;
}

int ext_profile_fallback(ext_ctx *c)
{
    slice d = slice_trim(c->opt->description);
    dom_document *t = &c->res->tree;
    if (c->type != PAGE_PRODUCT || !d.len || tree_text_len(t->root) >= visible_len(d))
        return 0;
    dom_node *root = dom_new_node(t, DOM_FRAGMENT);
    dom_node *p = dom_new_element(t, NS_HTML, TAG_P, slice_make(tag_name(TAG_P), tag_name_len(TAG_P)));
    slice copy = arena_slice_dup(c->out, d);
    dom_node *tx = copy.ptr ? dom_new_text(t, copy) : NULL;
    if (!root || !p || !tx)
        return PITH_ENOMEM;
    dom_append(p, tx);
    dom_append(root, p);
    t->root = root;
    return 0;
}
