/* meta_internal.h - what the metadata readers share: the evidence gathered
 * from one page (each source fills its own slots, the driver decides), and
 * the pure text helpers. */
#ifndef PITH_META_INTERNAL_H
#define PITH_META_INTERNAL_H

#include "meta.h"
#include "../core/date.h"
#include "../core/word_match.h"

/* Lower rank = more trusted. */
typedef enum meta_rank {
    RANK_JSONLD = 0,
    RANK_OPENGRAPH,
    RANK_MICRODATA,
    RANK_DUBLIN_CORE,
    RANK_META_NAME,
    RANK_TWITTER,
    RANK_TIME_ELEMENT,
    RANK_NEAR_HEADLINE,
    RANK_DATE_CLASS,
    RANK_URL,
    RANK_FIRST_TEXT, /* the first date in the page's text, when nothing else */
    RANK__COUNT
} meta_rank;

enum {
    META_MAX_DATES = 64,
    META_MAX_ITEMS = 64, /* authors, tags, categories kept per source */
    META_MAX_H1 = 8,
};

typedef struct meta_date_cand {
    date_value date;
    meta_rank rank;
    bool modified;
    bool alone; /* a text date that is all of its text node, not a date inside a sentence */
    bool original; /* labelled as the first publication ("originally published on") */
    const char *source;
} meta_date_cand;

/* A list of strings from one source, with the source's rank. */
typedef struct meta_items {
    slice items[META_MAX_ITEMS];
    size_t count;
    int rank;    /* RANK__COUNT while empty */
    int pending; /* rank of the source being offered (meta_items_begin) */
} meta_items;

/* A single value with the rank of the source that gave it. */
typedef struct meta_slot {
    slice value;
    int rank; /* RANK__COUNT while empty */
} meta_slot;

typedef struct meta_evidence {
    arena *out;           /* strings that may end in the result */
    arena *scratch;       /* temporary text and JSON trees, freed after the page */
    date_order order;
    /* Title sources. */
    slice html_title, og_title, twitter_title, jsonld_headline, itemprop_headline, dc_title;
    bool dc_title_rdfa; /* dc_title came from "dc:title"/"dcterms:title" */
    slice og_type;      /* og:type as given ("article", "website") */
    const dom_node *h1[META_MAX_H1];
    size_t h1_count;
    bool h1_agrees[META_MAX_H1]; /* the h1 repeats a title source */
    const dom_node *subheads[META_MAX_H1]; /* first h2/h3s, headline fallback */
    size_t subhead_count;
    const dom_node *headline; /* the h1 chosen as the headline, or NULL */
    meta_slot site_name, description, image, canonical, og_url, schema_type;
    slice html_lang, content_language, og_locale, jsonld_lang;
    slice page_url; /* the URL the page was fetched from, if known */
    meta_date_cand dates[META_MAX_DATES];
    size_t date_count;
    meta_items authors, tags, categories;
    meta_items byline_authors; /* names shown on the page (meta_byline.c) */
    /* The JSON-LD main entity so far (a json_value in the scratch arena). */
    const struct json_value *jsonld_main;
    const struct json_value *jsonld_main_root; /* its script's tree: "@id" references */
    int jsonld_rank; /* -1 while none */
    slice jsonld_type;
    /* Zone of each element, decided once per page (meta_zone_map.c). */
    const unsigned char *zone_map;
    size_t zone_map_len;
    const word_matcher *zone_words; /* the context's zone words; NULL: built when asked */
    /* The page's first <noscript> (the markup walk of meta.c), where the
     * byline scan's search for script-less markup starts; NULL: none. */
    const dom_node *first_noscript;
    /* The document's root, for the rare question the date candidates
     * cannot answer (meta_date_choose.c). */
    const dom_node *root;
} meta_evidence;

void meta_evidence_init(meta_evidence *ev, arena *out, arena *scratch);
/* dom_next(root, n), inlined for the two walks over every node of the
 * page (the markup walk of meta.c and the scan of meta_scan.c). */
static inline const dom_node *meta_walk_next(const dom_node *root, const dom_node *n)
{
    if (n->first_child)
        return n->first_child;
    for (; n && n != root; n = n->parent)
        if (n->next)
            return n->next;
    return NULL;
}
/* Sets a slot when `rank` beats what it holds and the value is not blank. */
void meta_slot_offer(meta_slot *s, slice value, int rank);
/* Adds a date candidate (ignored when full). */
void meta_add_date(meta_evidence *ev, const date_value *d, meta_rank rank, bool modified,
                   const char *source);
/* Starts offering items from a source of `rank`: *accept is false when the
 * list already holds better ones.  The first item actually added replaces
 * a worse list; items of an equal rank are appended.  Items are
 * deduplicated. */
void meta_items_begin(meta_items *l, int rank, bool *accept);
void meta_items_add(meta_items *l, slice item);

/* ---- text helpers (meta_text.c) ---- */

/* Collapses whitespace runs (ASCII and U+00A0) to one space and trims;
 * decodes the common HTML character references that leak into meta
 * content and JSON-LD (&amp; &lt; &gt; &quot; &apos; &nbsp; &#N; &#xH;). */
slice meta_clean_text(arena *a, slice s);
/* Text content of an element, cleaned. */
slice meta_node_text(arena *a, const dom_node *n, size_t max);
/* The same; `spaced` also separates the text of every element (bylines
 * glue "von<a>Name</a>" without a space). */
slice meta_node_text_ex(arena *a, const dom_node *n, size_t max, bool spaced);
/* ASCII-case and punctuation-insensitive equality of two titles. */
bool meta_text_similar(slice a, slice b);
/* True when `hay` contains `needle` under the same normalisation. */
bool meta_text_contains(slice hay, slice needle);

/* ---- title (meta_title.c) ---- */

/* Removes a site-name prefix or suffix ("Headline | Site", "Site - Headline")
 * when `site` matches it or the part looks like a site name. */
slice meta_title_strip_site(slice title, slice site);
/* Chooses the headline from the gathered sources; sets ev->headline to
 * the <h1> that carries it (the first main-area <h1> when none agrees).
 * The title is copied to ev->out, NUL-terminated: the result accessors
 * promise C strings. */
slice meta_title_choose(meta_evidence *ev, slice site);

/* ---- authors (meta_author.c, meta_author_choose.c) ---- */

/* Splits a byline into names and adds the cleaned ones to `l`: drops "By",
 * roles, credentials, dates, e-mail addresses and URLs.  Returns the
 * number of names added. */
size_t meta_authors_add_byline(meta_items *l, arena *a, slice byline);
/* The same for names from structured data (JSON-LD, <meta>), which are
 * taken even in lower case. */
size_t meta_authors_add_names(meta_items *l, arena *a, slice names);
/* The same for a field that names one person, where "Doe, Jane" is
 * read as "Jane Doe". */
size_t meta_authors_add_person(meta_items *l, arena *a, slice name);
/* The names of a dated byline line, "11.12.2019 - Jane Doe",
 * "06.11.2023 13:30 von Jane": the line starts with a date, a time and a
 * separator may follow, then the names (two words at least after a
 * dash).  Returns the number of names added. */
size_t meta_authors_add_dated(meta_items *l, arena *a, slice line, date_order order);
/* True when `s` (already cleaned) reads as a person's or user's name;
 * `structured` accepts lower case. */
bool meta_author_plausible(slice s, bool structured);
/* True when `s` is only credentials ("PhD", "MD, FACP"). */
bool meta_author_is_credential(slice s);
/* Decides ev->authors from the structured names it holds and the names
 * shown on the page (ev->byline_authors): a site or publisher name, or a
 * bare user handle, gives way to a person named on the page. */
void meta_authors_choose(meta_evidence *ev);

/* ---- JSON-LD (meta_jsonld.c) ---- */

/* Reads one <script type="application/ld+json"> body.  Malformed JSON is
 * read tolerantly or ignored.  `scratch` holds the parse tree. */
int meta_jsonld_read(meta_evidence *ev, arena *scratch, slice script);
/* Reads the fields of the best main entity seen in all scripts. */
void meta_jsonld_finish(meta_evidence *ev);

/* ---- <meta> tags (meta_tags.c) ---- */

/* Handles one <meta> with its key (name, property, itemprop or
 * http-equiv, as given) and content. */
void meta_tags_read(meta_evidence *ev, slice key, slice content);

/* ---- dates (meta_dates.c) ---- */

/* The walk over the page's main area (meta_scan.c) shows each node to
 * two collectors: the dates (<time>, microdata and visible text near the
 * headline; meta_dates.c) and the bylines and tag links (meta_byline.c).
 * A collector's visit returns true to pass over the node's subtree; it is
 * shown no node of it.  begin returns NULL when out of memory; end
 * accepts NULL. */
typedef struct meta_date_scan meta_date_scan;
/* The attributes the collectors read from every element they are shown,
 * found in one pass over its attributes (meta_scan.c): the first of each
 * name without a namespace, as dom_attr_value takes it; ptr NULL when
 * absent. */
typedef struct meta_node_attrs {
    slice cls, id, itemprop, rel, href;
} meta_node_attrs;
void meta_node_attrs_read(const dom_node *el, meta_node_attrs *at);
/* slice_trim(s), faster on the long runs of indentation of text nodes
 * (meta_scan.c). */
slice meta_trim_text(slice s);
meta_date_scan *meta_dates_begin(meta_evidence *ev, const dom_document *page);
/* `at`: an element's attributes (unread for other nodes). */
bool meta_dates_visit(meta_date_scan *st, const dom_node *n, slice trimmed, const meta_node_attrs *at);
/* For a blank text node: counts it and returns true, or false when it
 * must be visited (a cheap call that spares most visits). */
bool meta_dates_skip_blank(meta_date_scan *st, const dom_node *n);
void meta_dates_end(meta_date_scan *st);
/* True when the date at `n` (a text node or element) sits in a teaser of
 * another article: a small block a few levels up, not holding the
 * headline (whose nearest ancestors are `head_anc`), that also holds a
 * link with a headline-sized text (meta_date_teaser.c). */
bool meta_date_in_teaser(const dom_node *n, const dom_node *headline, const dom_node *const *head_anc,
                         size_t anc_count);
/* Picks date_published / date_modified from the candidates. */
void meta_dates_choose(meta_evidence *ev, slice url, slice canonical, time_t now, meta_info *m);

/* ---- bylines and tag links (meta_byline.c) ---- */

typedef struct meta_byline_scan meta_byline_scan;
meta_byline_scan *meta_bylines_begin(meta_evidence *ev);
bool meta_bylines_visit(meta_evidence *ev, meta_byline_scan *s, const dom_node *n, slice trimmed,
                        const meta_node_attrs *at);
void meta_bylines_end(meta_evidence *ev, meta_byline_scan *s, const dom_document *page);
/* Walks the page once for both (after the zone map and the headline). */
void meta_scan_page(meta_evidence *ev, const dom_document *page);

/* ---- page zones (meta_zones.c) ---- */

/* True for elements whose contents never hold the article's own metadata:
 * nav, footer, aside, forms, comment sections, side lists and teasers. */
bool meta_zone_excluded(const dom_node *el, const meta_evidence *ev);
/* The zone map (ev->zone_map), filled by the walk of meta_scan.c after
 * the headline is chosen (zones never hide it): begin makes it (NULL
 * without memory: the map stays empty and meta_zone_skip decides each
 * time); mark decides an element reached by a zone-skipping walk (`at`:
 * its attributes, read by the walk) and returns true when it is excluded
 * (nothing inside it is marked); end accepts NULL. */
typedef struct meta_zone_marker meta_zone_marker;
meta_zone_marker *meta_zone_map_begin(meta_evidence *ev, const dom_document *page);
bool meta_zone_map_mark_element(meta_zone_marker *zm, const dom_node *el, const meta_node_attrs *at);
static inline bool meta_zone_map_mark(meta_zone_marker *zm, const dom_node *n, const meta_node_attrs *at)
{
    return n->type == DOM_ELEMENT && meta_zone_map_mark_element(zm, n, at); /* most nodes are text */
}
void meta_zone_map_end(meta_zone_marker *zm);
/* The map's byte per node. */
enum {
    ZONE_UNKNOWN = 0,
    ZONE_KEPT = 1,
    ZONE_EXCLUDED = 2,
    ZONE_STATE = 3,           /* the bits above */
    ZONE_TAG_BLOCK = 4,       /* its class or id names a tag block */
    ZONE_IN_TAG_BLOCK = 8,    /* an ancestor (the document excluded) does */
    ZONE_DATE_CLASS = 16,     /* its class or id has a date word */
    ZONE_HOLDS_HEADLINE = 32, /* it is or holds the headline or an <h1> that
                               * repeats the title (set for every node when
                               * the map begins) */
    ZONE_BYLINE_WORD = 64     /* its class or id has a byline word */
};
/* The map's byte for `el` (ZONE_UNKNOWN: no map, or not marked). */
static inline unsigned meta_zone_map_at(const meta_evidence *ev, const dom_node *el)
{
    return ev && ev->zone_map && el->index < ev->zone_map_len ? ev->zone_map[el->index] : ZONE_UNKNOWN;
}
/* meta_zone_excluded(el, ev), from the map when it has the answer (the
 * scans ask for every element: inline). */
static inline bool meta_zone_skip(const meta_evidence *ev, const dom_node *el)
{
    unsigned z = meta_zone_map_at(ev, el);
    return z & ZONE_STATE ? (z & ZONE_STATE) == ZONE_EXCLUDED : meta_zone_excluded(el, ev);
}
/* True when an element's class or id (the first of each, as
 * dom_attr_value reads them) holds a date word ("date", "time", "meta"...
 * anywhere; the list is meta_zones.c's), from the zone map when it has
 * the answer, else read now (meta_zone_map.c; `ev` may be NULL). */
bool meta_zone_date_class_read(const meta_evidence *ev, const dom_node *el);
static inline bool meta_date_class(const meta_evidence *ev, const dom_node *el)
{
    unsigned z = meta_zone_map_at(ev, el);
    return z & ZONE_STATE ? (z & ZONE_DATE_CLASS) != 0 : meta_zone_date_class_read(ev, el);
}
/* True when an ancestor of `el` (the document node excluded) has a class
 * or id word "tag"/"tags" ("post-tags", "tag-list"; not "tagline"): `el`
 * is in a block of the article's tag links.  From the map when it has the
 * answer. */
bool meta_zone_in_tag_block(const meta_evidence *ev, const dom_node *el);
/* The class and id of an element, read in one pass over its attributes
 * (the scans ask every element of the main area; most have neither);
 * false when it has neither or is no element. */
bool meta_class_and_id(const dom_node *el, slice *cls, slice *id);
/* True when `class` or `id` of `el` contains any of the words (ASCII,
 * case-insensitive), given as a NULL-terminated list. */
bool meta_class_has(const dom_node *el, const char *const *words);

#endif
