/* ext_lists.c - side lists: "Latest news", "Related", "Most read".
 *
 * A side list is a container whose children repeat (same tag, mostly with
 * one link each whose text reads like a headline) and which has a heading
 * just before it or as its parent's first child.  Each item gives a title
 * (the main link's text), an absolute URL and, when the item shows one, a
 * date.  Lists outside the article are reported; a list inside it that
 * is not most of it is taken out of the body as well. */
#include "ext_internal.h"

#include "../core/ascii.h"
#include "../core/url.h"

enum {
    LIST_MIN_ITEMS = 3,
    LIST_MAX_ITEMS = 100,
    LISTS_MAX = 16,
    TITLE_MIN_CHARS = 12, /* shorter anchors are menus, not headlines */
};

/* The longest link of an item. */
static const dom_node *main_link(const ext_ctx *c, const dom_node *item)
{
    const dom_node *best = NULL;
    uint32_t best_chars = 0;
    for (const dom_node *n = item; n; n = dom_next(item, n)) {
        if (n->type != DOM_ELEMENT)
            continue;
        if (ext_inf(c, n)->flags & EXT_DROP) {
            n = dom_next_skip(item, n);
            if (!n)
                break;
            continue;
        }
        if (n->tag == TAG_A && dom_attr_find(n, "href") && ext_inf(c, n)->chars > best_chars) {
            best = n;
            best_chars = ext_inf(c, n)->chars;
        }
    }
    return best;
}

static bool is_heading_like(const ext_ctx *c, const dom_node *n)
{
    if (n->type != DOM_ELEMENT)
        return false;
    const ext_info *in = ext_inf(c, n);
    if (in->flags & EXT_DROP || !in->chars || in->chars > 60 || in->link * 2 > in->chars)
        return false;
    if (ext_tag_is_heading(n->tag))
        return true;
    return ext_attr_has_word(c, n, EXT_WORD_HEADING);
}

/* A heading just before the list, or first in one of its two nearest
 * ancestors. */
static const dom_node *find_heading(const ext_ctx *c, const dom_node *list)
{
    const dom_node *x = list;
    for (int up = 0; up < 3 && x && x != c->body; up++) {
        int seen = 0;
        for (const dom_node *p = x->prev; p && seen < 2; p = p->prev) {
            if (p->type != DOM_ELEMENT || (ext_inf(c, p)->flags & EXT_DROP) || !ext_inf(c, p)->chars)
                continue;
            seen++;
            if (is_heading_like(c, p))
                return p;
            /* a wrapper holding only the heading */
            if (p->first_child && p->first_child == p->last_child && is_heading_like(c, p->first_child))
                return p->first_child;
            break;
        }
        x = x->parent;
    }
    return NULL;
}

/* The item's text outside its main link, for the date. */
static slice outside_text(ext_ctx *c, const dom_node *item, const dom_node *link)
{
    char buf[256];
    size_t n = 0;
    for (const dom_node *x = item; x && n < sizeof buf - 2;) {
        if (x == link) {
            x = dom_next_skip(item, x);
            continue;
        }
        if (x->type == DOM_ELEMENT && x->tag == TAG_TIME) {
            slice dt = dom_attr_value(x, "datetime");
            if (dt.len >= 10) {
                size_t k = dt.len < 40 ? dt.len : 40;
                if (n + k + 1 < sizeof buf) {
                    memcpy(buf + n, dt.ptr, k);
                    n += k;
                    buf[n++] = ' ';
                }
            }
        }
        if (x->type == DOM_TEXT) {
            for (size_t i = 0; i < x->u.text.len && n < sizeof buf - 2; i++)
                buf[n++] = x->u.text.ptr[i];
            buf[n++] = ' ';
        }
        x = dom_next(item, x);
    }
    return arena_slice_dup(c->scratch, slice_make(buf, n));
}

static int add_list(ext_ctx *c, const dom_node *cont, const dom_node *heading, ext_list *l)
{
    size_t cap = 0;
    for (const dom_node *k = cont->first_child; k; k = k->next)
        if (k->type == DOM_ELEMENT)
            cap++;
    if (cap > LIST_MAX_ITEMS)
        cap = LIST_MAX_ITEMS;
    l->items = arena_calloc(c->out, cap ? cap : 1, sizeof *l->items);
    if (!l->items)
        return -1;
    l->count = 0;
    l->heading = heading ? arena_slice_dup(c->out, ext_subtree_text(c, heading, 200)) : slice_make(NULL, 0);
    for (const dom_node *k = cont->first_child; k && l->count < cap; k = k->next) {
        if (k->type != DOM_ELEMENT || (ext_inf(c, k)->flags & EXT_DROP))
            continue;
        const dom_node *a = main_link(c, k);
        if (!a)
            continue;
        ext_list_item *it = &l->items[l->count];
        it->title = arena_slice_dup(c->out, ext_subtree_text(c, a, 500));
        it->url = url_resolve(c->out, c->opt->base_url, dom_attr_value(a, "href"));
        char iso[11];
        if (ext_date_find(outside_text(c, k, a), iso) || ext_date_find(it->title, iso))
            it->date = arena_slice_dup(c->out, slice_make(iso, 10));
        else
            it->date = slice_make(NULL, 0);
        if (!it->title.ptr || !it->url.ptr)
            return -1;
        if (it->title.len)
            l->count++;
    }
    return 0;
}

/* Children repeat with headline-like links. */
static bool looks_like_list(const ext_ctx *c, const dom_node *n)
{
    uint32_t items = 0, linked = 0, title_chars = 0;
    const dom_node *first = NULL;
    for (const dom_node *k = n->first_child; k; k = k->next) {
        if (k->type != DOM_ELEMENT || (ext_inf(c, k)->flags & EXT_DROP))
            continue;
        if (!first)
            first = k;
        else if (k->tag != first->tag)
            return false;
        items++;
        const dom_node *a = main_link(c, k);
        if (a && ext_inf(c, a)->chars >= TITLE_MIN_CHARS) {
            linked++;
            title_chars += ext_inf(c, a)->chars;
        }
    }
    return items >= LIST_MIN_ITEMS && linked * 10 >= items * 7 && title_chars >= linked * 20;
}

static bool inside(const dom_node *n, const dom_node *anc)
{
    for (; n; n = n->parent)
        if (n == anc)
            return true;
    return false;
}

int ext_lists_collect(ext_ctx *c)
{
    ext_list tmp[LISTS_MAX];
    size_t count = 0;
    ext_info *wi = ext_inf(c, c->winner);
    const dom_node *last = NULL;
    for (uint32_t i = 0; i < c->count && count < LISTS_MAX; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT)
            continue;
        ext_info *in = ext_inf(c, n);
        if ((in->flags & (EXT_DROP | EXT_LISTED)) || in->chars < 60 || (last && inside(n, last)))
            continue;
        if (!looks_like_list(c, n))
            continue;
        const dom_node *h = find_heading(c, n);
        if (!h)
            continue;
        bool in_article = inside(n, c->winner);
        if (in_article && (n == c->winner || in->chars * 2 > wi->chars))
            continue; /* the list is the content (a listing page) */
        if (inside(c->winner, n))
            continue;
        if (add_list(c, n, h, &tmp[count]) < 0)
            return -1;
        if (tmp[count].count < LIST_MIN_ITEMS)
            continue;
        count++;
        /* Mark the list (and its heading) so the body leaves them out and
         * no nested container is listed twice. */
        in->flags |= EXT_LISTED;
        ext_inf(c, h)->flags |= EXT_LISTED;
        last = n;
    }
    if (!count)
        return 0;
    c->res->lists = arena_alloc(c->out, count * sizeof *c->res->lists);
    if (!c->res->lists)
        return -1;
    memcpy(c->res->lists, tmp, count * sizeof *tmp);
    c->res->list_count = count;
    return 0;
}
