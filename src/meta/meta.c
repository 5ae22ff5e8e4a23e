/* meta.c - the metadata driver: one walk over the document gathers the
 * markup sources (<title>, <meta>, <link>, JSON-LD, <h1>), a second walk
 * over the main area gathers visible dates and bylines (meta_scan.c),
 * then each field is decided from the evidence (meta_internal.h). */
#include "meta_internal.h"

#include <stdlib.h>

#include "../core/url.h"
#include "meta_context.h"
#include "pith.h"

static const char *const rank_source[RANK__COUNT] = {
    "json-ld", "opengraph", "microdata", "dublin-core", "meta", "twitter", "time", "text",
    "text", "url", "text",
};

void meta_evidence_init(meta_evidence *ev, arena *out, arena *scratch)
{
    memset(ev, 0, sizeof *ev);
    ev->out = out;
    ev->scratch = scratch;
    ev->site_name.rank = ev->description.rank = ev->image.rank = RANK__COUNT;
    ev->canonical.rank = ev->og_url.rank = ev->schema_type.rank = RANK__COUNT;
    ev->authors.rank = ev->tags.rank = ev->categories.rank = RANK__COUNT;
    ev->authors.pending = ev->tags.pending = ev->categories.pending = RANK__COUNT;
    ev->byline_authors.rank = ev->byline_authors.pending = RANK__COUNT;
    ev->jsonld_rank = -1;
}

void meta_slot_offer(meta_slot *s, slice value, int rank)
{
    value = slice_trim(value);
    if (value.len && rank < s->rank) {
        s->value = value;
        s->rank = rank;
    }
}

void meta_add_date(meta_evidence *ev, const date_value *d, meta_rank rank, bool modified,
                   const char *source)
{
    if (ev->date_count >= META_MAX_DATES)
        return;
    ev->dates[ev->date_count++] = (meta_date_cand){
        .date = *d, .rank = rank, .modified = modified,
        .source = source ? source : rank_source[rank],
    };
}

void meta_items_begin(meta_items *l, int rank, bool *accept)
{
    *accept = rank <= l->rank;
    l->pending = rank;
}

void meta_items_add(meta_items *l, slice item)
{
    item = slice_trim(item);
    if (!item.len)
        return;
    if (l->pending < l->rank) {
        l->count = 0;
        l->rank = l->pending;
    }
    if (l->count >= META_MAX_ITEMS)
        return;
    for (size_t i = 0; i < l->count; i++)
        if (meta_text_similar(l->items[i], item))
            return;
    l->items[l->count++] = item;
}

/* ---- the markup walk ---------------------------------------------------- */

static bool inside(const dom_node *n, tag_id tag)
{
    for (const dom_node *p = n->parent; p; p = p->parent)
        if (dom_is(p, tag))
            return true;
    return false;
}

static void note_h1(meta_evidence *ev, const dom_node *h)
{
    /* A logo in an <h1> inside the site header or navigation is no
     * headline. */
    if (inside(h, TAG_NAV) || inside(h, TAG_FOOTER) || inside(h, TAG_ASIDE))
        return;
    if (ev->h1_count >= META_MAX_H1)
        return;
    /* Headlines inside <article>/<main> come first. */
    bool main_area = inside(h, TAG_ARTICLE) || inside(h, TAG_MAIN);
    size_t at = ev->h1_count;
    if (main_area) {
        at = 0;
        while (at < ev->h1_count && (inside(ev->h1[at], TAG_ARTICLE) || inside(ev->h1[at], TAG_MAIN)))
            at++;
        memmove(&ev->h1[at + 1], &ev->h1[at], (ev->h1_count - at) * sizeof *ev->h1);
    }
    ev->h1[at] = h;
    ev->h1_count++;
}

static slice script_text(arena *a, const dom_node *s)
{
    /* Scripts hold one text node normally; join in case of several. */
    if (s->first_child && s->first_child == s->last_child && s->first_child->type == DOM_TEXT)
        return s->first_child->u.text;
    return meta_node_text(a, s, (size_t)-1);
}

/* The attributes a <meta> is read by, in the order its keys are read. */
enum { META_ATTR_CONTENT, META_ATTR_PROPERTY, META_ATTR_NAME, META_ATTR_ITEMPROP, META_ATTR_HTTP_EQUIV, META_ATTR__COUNT };

typedef struct meta_attrs {
    slice value[META_ATTR__COUNT];
} meta_attrs;

/* One pass over a <meta>'s attributes, where dom_attr_value would take
 * one per name; the first of each name counts, as there. */
static void read_meta_attrs(const dom_node *n, meta_attrs *at)
{
    static const char *const names[META_ATTR__COUNT] = { "content", "property", "name", "itemprop", "http-equiv" };
    unsigned seen = 0;
    memset(at, 0, sizeof *at);
    for (uint32_t i = 0; i < n->u.el.attr_count; i++) {
        const dom_attr *a = &n->u.el.attrs[i];
        if (a->ns != ATTR_NS_NONE)
            continue;
        int k;
        switch (a->name.len) {
        case 4: k = META_ATTR_NAME; break;
        case 7: k = META_ATTR_CONTENT; break;
        case 8: k = a->name.ptr[0] == 'p' ? META_ATTR_PROPERTY : META_ATTR_ITEMPROP; break;
        case 10: k = META_ATTR_HTTP_EQUIV; break;
        default: continue;
        }
        if (!(seen & 1u << k) && memcmp(a->name.ptr, names[k], a->name.len) == 0) {
            at->value[k] = a->value;
            seen |= 1u << k;
        }
    }
}

static int walk_markup(meta_evidence *ev, const dom_document *page)
{
    const dom_node *root = page->root;
    for (const dom_node *n = root; n; n = meta_walk_next(root, n)) {
        if (n->type != DOM_ELEMENT || n->ns != NS_HTML)
            continue;
        switch (n->tag) {
        case TAG_HTML:
            if (!ev->html_lang.len)
                ev->html_lang = slice_trim(dom_attr_value(n, "lang"));
            if (!ev->html_lang.len)
                ev->html_lang = slice_trim(dom_attr_value(n, "xml:lang"));
            break;
        case TAG_TITLE:
            if (!ev->html_title.len && !inside(n, TAG_SVG))
                ev->html_title = meta_node_text(ev->out, n, 2000);
            break;
        case TAG_META: {
            meta_attrs at;
            read_meta_attrs(n, &at);
            slice content = at.value[META_ATTR_CONTENT];
            if (!content.ptr)
                break;
            for (size_t k = META_ATTR_PROPERTY; k <= META_ATTR_HTTP_EQUIV; k++)
                if (at.value[k].ptr)
                    meta_tags_read(ev, at.value[k], content);
            /* Some frameworks render their JSON-LD as <meta
             * name="script:ld+json" content="{...}">. */
            slice name = at.value[META_ATTR_NAME];
            if (name.len > 7 && slice_eq_nocase(slice_make(name.ptr + name.len - 7, 7), "ld+json")) {
                int rc = meta_jsonld_read(ev, ev->scratch, content);
                if (rc < 0)
                    return rc;
            }
            break;
        }
        case TAG_LINK: {
            slice rel = dom_attr_value(n, "rel");
            if (rel.ptr && slice_eq_nocase(slice_trim(rel), "canonical"))
                meta_slot_offer(&ev->canonical, dom_attr_value(n, "href"), 0);
            break;
        }
        case TAG_SCRIPT: {
            slice type = slice_trim(dom_attr_value(n, "type"));
            if (type.ptr && slice_starts_with_nocase(type, "application/ld+json")) {
                int rc = meta_jsonld_read(ev, ev->scratch, script_text(ev->scratch, n));
                if (rc < 0)
                    return rc;
            }
            break;
        }
        case TAG_H1:
            note_h1(ev, n);
            break;
        case TAG_NOSCRIPT:
            if (!ev->first_noscript)
                ev->first_noscript = n;
            break;
        case TAG_H2:
        case TAG_H3:
            /* Blogs put the post title in an h2/h3 under the blog's h1. */
            if (ev->subhead_count < META_MAX_H1 && !inside(n, TAG_NAV) && !inside(n, TAG_FOOTER) &&
                !inside(n, TAG_ASIDE))
                ev->subheads[ev->subhead_count++] = n;
            break;
        default:
            break;
        }
        /* The html lang decides how to read 01/02/2022 in what follows. */
        if (n->tag == TAG_HTML || n->tag == TAG_META) {
            slice l = ev->html_lang.len ? ev->html_lang : ev->content_language;
            ev->order = slice_eq_nocase(l, "en-us") || slice_eq_nocase(l, "en_us") || slice_eq_nocase(l, "en")
                            ? DATE_ORDER_MONTH_FIRST
                            : DATE_ORDER_DAY_FIRST;
        }
    }
    return 0;
}

/* ---- deciding ------------------------------------------------------------ */

static meta_list to_list(arena *a, const meta_items *it)
{
    meta_list l = { NULL, 0 };
    if (!it->count)
        return l;
    l.items = arena_alloc(a, it->count * sizeof *l.items);
    if (!l.items)
        return l;
    memcpy(l.items, it->items, it->count * sizeof *l.items);
    l.count = it->count;
    return l;
}

static slice resolve(arena *a, slice base, slice ref)
{
    if (!ref.len)
        return slice_make(NULL, 0);
    return url_resolve(a, base, ref);
}

int meta_extract(meta_context *ctx, const dom_document *page, slice url, arena *out, meta_info *m)
{
    *m = (meta_info){ 0 };
    if (!ctx || !page || !page->root)
        return PITH_EINVAL;
    arena_reset(ctx->scratch);
    meta_evidence *ev = arena_alloc(ctx->scratch, sizeof *ev);
    if (!ev)
        return PITH_ENOMEM;
    meta_evidence_init(ev, out, ctx->scratch);
    ev->zone_words = ctx->zone_words;
    ev->page_url = url;
    ev->root = page->root;
    int rc = walk_markup(ev, page);
    if (rc < 0)
        return rc;
    meta_jsonld_finish(ev);
    /* The title first: it picks the headline element that the visible
     * dates and bylines are measured from. */
    slice site = ev->site_name.value;
    m->site_name = site;
    m->title = meta_title_choose(ev, site);
    meta_scan_page(ev, page);
    meta_authors_choose(ev);
    m->authors = to_list(out, &ev->authors);
    m->tags = to_list(out, &ev->tags);
    m->categories = to_list(out, &ev->categories);
    m->description = ev->description.value;
    m->schema_type = ev->schema_type.value;

    slice canon = ev->canonical.value.len ? ev->canonical.value : ev->og_url.value;
    if (canon.len)
        m->url = resolve(out, url, canon);
    else if (url.len)
        m->url = arena_slice_dup(out, url);
    m->image = resolve(out, m->url.len ? m->url : url, ev->image.value);

    slice lang = ev->html_lang.len ? ev->html_lang
                 : ev->content_language.len ? ev->content_language
                 : ev->jsonld_lang.len ? ev->jsonld_lang
                                       : ev->og_locale;
    m->language = meta_lang_normalize(out, lang);

    time_t now = ctx->now ? ctx->now : time(NULL);
    meta_dates_choose(ev, url, m->url, now, m);
    return 0;
}
