/* extract.h - main-content extraction: from a parsed page to a clean
 * article tree, the page's type, and its side lists.
 *
 * Input: the page's DOM (read-only: extraction never modifies it; it keeps
 * its per-node figures in side tables indexed by dom_node.index).
 * Output: a new, small tree built in the caller's `out` arena holding only
 * the article's structure: p, h1-h6, ul/ol/li, dl/dt/dd, blockquote, pre,
 * code, table/thead/tbody/tr/th/td/caption, figure/figcaption, img, a, em,
 * strong, b, i, sub, sup, br, hr.  Text is copied, so the result outlives
 * the page arena.  The writers in src/out render that tree. */
#ifndef PITH_EXTRACT_H
#define PITH_EXTRACT_H

#include <stdbool.h>

#include "../html/dom.h"

typedef enum ext_page_type {
    PAGE_ARTICLE = 0,
    PAGE_FORUM,
    PAGE_PRODUCT,
    PAGE_COLLECTION,
    PAGE_LISTING,
    PAGE_DOCUMENTATION,
    PAGE_SERVICE,
    PAGE_OTHER,
} ext_page_type;

const char *ext_page_type_name(ext_page_type t);

typedef struct ext_list_item {
    slice title;
    slice url;  /* absolute when a base URL was given; ptr NULL if none */
    slice date; /* ISO 8601 (YYYY-MM-DD[THH:MM...]); ptr NULL if none */
} ext_list_item;

typedef struct ext_list {
    slice heading; /* "Latest news"; ptr NULL when the list has none */
    ext_list_item *items;
    size_t count;
} ext_list;

/* The class/id word matchers of extraction (ext_words.c): built once,
 * read-only, shared by every page and thread of an extractor. */
typedef struct ext_words ext_words;
ext_words *ext_words_new(void); /* NULL when out of memory */
void ext_words_free(ext_words *w); /* accepts NULL */

typedef struct ext_options {
    int favor;      /* -1 recall, 0 balanced, +1 precision */
    bool comments;  /* also extract the comment section */
    bool tables;    /* keep tables (default true) */
    bool links;     /* keep <a> in the article tree */
    bool images;    /* keep <img>/<figure> in the article tree */
    slice base_url; /* for resolving relative links; may be empty */
    slice description; /* the page's description (metadata layer); may be
                        * empty: a product page whose body yields less text
                        * gets it as its text */
    const ext_words *words; /* from ext_words_new(); NULL: built for this call */
} ext_options;

typedef struct ext_result {
    dom_document tree;  /* article tree; tree.root is a DOM_FRAGMENT */
    dom_node *comments; /* DOM_FRAGMENT or NULL */
    ext_list *lists;
    size_t list_count;
    ext_page_type page_type;
    double confidence;  /* 0..1: how sure the extractor is of its choice */
    slice title;        /* the headline seen in the body (removed from it), or NULL ptr */
} ext_result;

/* Returns 0 or a negative PITH_E... code (out of memory). */
int ext_extract(const dom_document *page, const ext_options *opt, arena *out, ext_result *res);

#endif
