/* meta_title.h - a page title cut into its parts ("Headline - Section |
 * Site"), shared by the title chooser and its tests. */
#ifndef PITH_META_TITLE_H
#define PITH_META_TITLE_H

#include "meta_internal.h"

enum { META_TITLE_MAX_PARTS = 8 };

/* The parts of a title between separators, as byte ranges of `whole`
 * (trimmed).  [lo, hi) are the parts left once site names at either end
 * are dropped; [head_lo, head_hi) the run taken as the headline. */
typedef struct meta_title_parts {
    slice whole;
    size_t n;
    size_t start[META_TITLE_MAX_PARTS], end[META_TITLE_MAX_PARTS];
    bool dash_after[META_TITLE_MAX_PARTS]; /* a dash separates part i from i + 1 */
    bool headless; /* "| Site": the template's headline slot was empty */
    size_t lo, hi, head_lo, head_hi;
} meta_title_parts;

/* What names the site: og:site_name (or the like) and the page's host
 * label ("example" for https://www.example.co.uk/x). */
typedef struct meta_site_names {
    slice name;
    slice host_label;
    /* The page is in English (or of unknown language), whose titles
     * capitalise every word: a title-case tag line after a dash is then
     * told from a headline's second half. */
    bool english;
} meta_site_names;

/* The registrable label of a URL's host, or an empty slice. */
slice meta_title_host_label(slice url);
/* True when a title part names the site: the site name, the host or a
 * domain name. */
bool meta_title_names_site(slice part, const meta_site_names *site);
/* Splits `title` and decides the site parts and the headline run. */
void meta_title_split(slice title, const meta_site_names *site, meta_title_parts *p);
/* Decides the headline run within [lo, hi) (after either changed). */
void meta_title_pick_head(meta_title_parts *p, const meta_site_names *site);
/* The text of parts [i, j) including the separators between them. */
slice meta_title_run(const meta_title_parts *p, size_t i, size_t j);
/* The headline run ([head_lo, head_hi)); the whole title when empty. */
slice meta_title_head(const meta_title_parts *p);
/* Words in `s` (runs of non-space bytes). */
size_t meta_title_words(slice s);
/* An <h1>'s text as a headline (kicker lines and screen-reader text left
 * out, permalink marks cut), in `a`; empty for a logo linking home. */
slice meta_title_heading_text(arena *a, const dom_node *h1);
/* The headline of an <h1> that runs a kicker into it ("Kicker Headline",
 * "KickerHeadline") where `title` separates the two ("Kicker: Headline",
 * "Kicker - Headline", or shortened: "Kicker - Headline's start"): the
 * text after the kicker, or an empty slice. */
slice meta_title_unglue_kicker(slice h, slice title);
/* An <h1>'s text without the permalink marks documentation generators
 * append ("Usage¶", "Usage #"). */
slice meta_title_clean_heading(slice h);

#endif
