/* ext_words.c - every class/id word list of extraction, and the matchers
 * built from them once per extractor (ext_words_new).
 *
 * Three ways of reading a value (core/word_match.h):
 *   words   class and id cut into words at every non-alphanumeric byte
 *           ("post-footer" -> post, footer).  Short words must match
 *           exactly ("=ad" must not hit "header"); long ones may start a
 *           word ("sharebuttons").  Words over 48 bytes are ignored.
 *   names   whole class names ("sr-only"), compared exactly.
 *   joined  class/id tokens with '-' and '_' removed, searched for the
 *           word anywhere: forum engines name their parts in compound
 *           words ("message-userExtras", "userinfo_extra", "shareButtons").
 * All compare ASCII case-insensitively. */
#include "ext_internal.h"

#include <stdlib.h>

#include "../core/word_match.h"

/* ---- words ---- */

/* Navigation, share bars, ads, cookie banners... (ext_clean.c). */
static const char *const boiler_words[] = {
    "=nav", "navbar", "navigation", "=menu", "menubar", "breadcrumb", "=crumbs", "=share",
    "sharing", "sharebar", "social", "related", "recommend", "newsletter", "subscri", "signup",
    "=cookie", "cookies", "cookiebanner", "consent", "=gdpr", "=ad", "=ads", "adslot", "adunit",
    "advert", "adsense", "adsbygoogle", "sponsor", "=promo", "promos", "promotion", "popup", "=modal",
    "footer", "sidebar", "=widget", "widgets", "=tags", "tagcloud", "=tag", "pagination", "=pager",
    "toolbar", "masthead", "=skip", "skiplink", "=print", "=login", "=search", "searchform",
    "=topbar", "trending", "=popular", "mostread", "outbrain", "taboola", "=byline", "=author",
    "authorbox", "=bio", "=meta", "postmeta", "entrymeta", "=dateline", "=disclaimer", "=banner",
    "copyright", "=legal", "=rating", "=rss", "=follow", "=more", "readmore", "=next",
    "=prev", "=previous", "=jump", "=sticky", "=alert", "=notice", "=cta",
    "=donate", "=subnav", "=utility", "=util", "=categories", "=category", "=hashtags",
    "=actions", "=icons", "=icon", "=buttons", "=btn", "=button", NULL,
};
/* The reader comments; "commentary" names an opinion piece instead. */
static const char *const comment_words[] = {
    "comment", "!commentar", "=disqus", "=respond", "=replies", "=reply", NULL,
};
/* The article body. */
static const char *const positive_words[] = {
    "=article", "articlebody", "=content", "=entry", "=post", "postbody", "postcontent",
    "=story", "storybody", "=body", "=text", "=main", "maincontent", "=prose", "richtext",
    "=blog", "entrycontent", "=markdown", NULL,
};
/* Captions and credits under pictures (ext_trim.c). */
static const char *const caption_words[] = {
    "caption", "figcaption", "=credit", "credits", "photocredit", "imagecredit", "=legend",
    "bildunterschrift", "bildtext", "imagedescription", "imagedesc", "=copyright",
    "copyrights", NULL,
};
/* Menu entries, which repeat like cards (ext_profile_groups.c). */
static const char *const menu_words[] = {
    "nav", "menu", "submenu", "flyout", "dropdown", "megamenu", "breadcrumb", "=tab", "tabs", NULL,
};
/* Reviews, ratings and recommendations beside a product
 * (ext_profile_product.c). */
static const char *const aside_words[] = {
    "review", "=rating", "ratings", "=stars", "testimonial", "carousel", "recommend",
    "related", "similar", "upsell", "crosssell", "recently", "=recs", "=ugc", "=qa",
    "questions", NULL,
};
/* A side list's heading (ext_lists.c). */
static const char *const heading_words[] = { "title", "heading", "header", "=hd", "=head", NULL };

/* ---- names ---- */

/* Class names that hide an element on every screen. */
static const char *const hidden_names[] = {
    "=hidden", "=hide", "=d-none", "=sr-only", "=visually-hidden", "=visuallyhidden",
    "=is-hidden", "=u-hidden", "=screen-reader-text", "=screen-reader-only", "=invisible",
    "=offscreen", "=element-invisible", "=a11y-hidden", NULL,
};
/* <article class="post tag-news category-world"> (WordPress): the element
 * says what it is; its taxonomy classes are not hints. */
static const char *const entry_names[] = { "=hentry", "=h-entry", "=type-post", NULL };

/* ---- joined (ext_profile_forum.c) ---- */

/* The author panel beside each forum post. */
static const char *const panel_words[] = {
    "userextras",  "userstats",  "userinfoextra", "profilejoined", "profileposts",
    "profilerank", "profilecustomfield", "usertitle", "userbanner", "authorfields", NULL,
};
/* The other furniture of a post: signature, quote expander, action bars. */
static const char *const furniture_words[] = {
    "signature", "expandlink", "sharebuttons", "actionbar", "posttools",
    "postfoot",  "commentlinks", NULL,
};

struct ext_words {
    word_matcher *words, *names, *joined;
};

ext_words *ext_words_new(void)
{
    static const word_list words[] = {
        { boiler_words, EXT_WORD_BOILER },   { comment_words, EXT_WORD_COMMENT },
        { positive_words, EXT_WORD_POSITIVE }, { caption_words, EXT_WORD_CAPTION },
        { menu_words, EXT_WORD_MENU },       { aside_words, EXT_WORD_ASIDE },
        { heading_words, EXT_WORD_HEADING },
    };
    static const word_list names[] = {
        { hidden_names, EXT_WORD_HIDDEN },
        { entry_names, EXT_WORD_ENTRY },
    };
    static const word_list joined[] = {
        { panel_words, EXT_WORD_PANEL },
        { furniture_words, EXT_WORD_FURNITURE },
    };
    static const word_cut words_cut = { .chars = WORD_CHARS_ALNUM, .max_len = 48 };
    static const word_cut names_cut = { .chars = WORD_CHARS_NONSPACE };
    static const word_cut joined_cut = { .chars = WORD_CHARS_NONSPACE, .inside = true, .join = true,
                                         .max_len = 64 };
    ext_words *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->words = word_matcher_new(&words_cut, words, sizeof words / sizeof *words);
    w->names = word_matcher_new(&names_cut, names, sizeof names / sizeof *names);
    w->joined = word_matcher_new(&joined_cut, joined, sizeof joined / sizeof *joined);
    if (!w->words || !w->names || !w->joined) {
        ext_words_free(w);
        return NULL;
    }
    return w;
}

void ext_words_free(ext_words *w)
{
    if (!w)
        return;
    word_matcher_free(w->words);
    word_matcher_free(w->names);
    word_matcher_free(w->joined);
    free(w);
}

uint32_t ext_words_of(const ext_ctx *c, slice cls, slice id, uint32_t lists)
{
    const ext_words *w = c->words;
    uint32_t found = 0;
    if (lists & EXT_WORDS_OF_WORDS)
        found |= word_matcher_find(w->words, cls) | word_matcher_find(w->words, id);
    if (lists & EXT_WORDS_OF_NAMES)
        found |= word_matcher_find(w->names, cls); /* class names: not the id */
    if (lists & EXT_WORDS_OF_JOINED)
        found |= word_matcher_find(w->joined, cls) | word_matcher_find(w->joined, id);
    return found & lists;
}

bool ext_attr_has_word(const ext_ctx *c, const dom_node *el, uint32_t lists)
{
    return ext_words_of(c, dom_attr_value(el, "class"), dom_attr_value(el, "id"), lists) != 0;
}
