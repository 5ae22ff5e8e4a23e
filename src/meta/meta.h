/* meta.h - page metadata: title, authors, dates, site, language,
 * description, canonical URL, image, tags, categories.
 *
 * Sources in order of trust: JSON-LD, OpenGraph, Twitter, Dublin Core,
 * microdata and <meta> names, <time>, visible bylines and dates near the
 * headline, the URL path.  A field that is not found stays unknown (slice
 * ptr NULL): never a guess, never today. */
#ifndef PITH_META_H
#define PITH_META_H

#include <stddef.h>
#include <time.h>

#include "../html/dom.h"

typedef struct meta_list {
    slice *items;
    size_t count;
} meta_list;

typedef struct meta_info {
    slice title;
    meta_list authors;
    slice date_published; /* ISO 8601: date, or date-time with offset when given */
    slice date_modified;
    const char *date_source; /* where date_published came from ("json-ld", "meta", ...) */
    slice site_name;
    slice language;       /* BCP 47 */
    slice description;
    slice url;            /* canonical, else the given URL */
    slice image;
    meta_list tags;
    meta_list categories;
    slice schema_type;    /* the JSON-LD/OpenGraph type ("NewsArticle", "Product"...) */
} meta_info;

/* Per-extractor state of the metadata layer: a scratch arena reused for
 * every page and the language identifier, loaded on first use.  One per
 * extractor, so one per thread. */
typedef struct meta_context meta_context;

/* NULL when out of memory. */
meta_context *meta_context_new(void);
void meta_context_free(meta_context *ctx); /* accepts NULL */
/* Fixes "now" (the latest acceptable date) for reproducible runs; 0 means
 * the clock at each call. */
void meta_context_set_now(meta_context *ctx, time_t now);

/* Reads the metadata of `page`; strings are copied into `out`.  `url` is
 * the page's URL as given by the caller (may be empty).  Returns 0 or a
 * negative PITH_E... code. */
int meta_extract(meta_context *ctx, const dom_document *page, slice url, arena *out, meta_info *m);

/* Clears date_published when it is only the first date of the page's
 * text (the last-resort guess): the caller knows the page is a product or
 * service page, which has no publication date to guess.  With
 * `shown_too` (a product page) a date the text shows near the headline or
 * in a date-classed element goes too: only markup dates such a page. */
void meta_forget_guessed_date(meta_info *m, bool shown_too);

/* Gives a page without a description of its own the text of the
 * article's first paragraph (`article`: the extracted tree; NULL
 * leaves the description as it is). */
void meta_describe_from_article(meta_info *m, const dom_node *article, arena *out);

/* Confirms or corrects the language from the extracted text (the markup's
 * claim is in m->language).  Returns 0 or a negative code. */
int meta_detect_language(meta_context *ctx, meta_info *m, slice text, arena *out);

#endif
