/* ext_internal.h - what the extraction steps share: the per-page context
 * and the per-node figures kept in side arrays indexed by dom_node.index.
 *
 * The page DOM is never modified.  Every decision (dropped, boilerplate,
 * pruned, chosen) is a flag in `info[]`, and the clean tree is built from
 * the flags at the end (ext_build.c). */
#ifndef PITH_EXT_INTERNAL_H
#define PITH_EXT_INTERNAL_H

#include <stdint.h>

#include "extract.h"

/* Per-node flags. */
enum {
    EXT_DROP = 1u << 0,      /* never content: script, hidden, form control... */
    EXT_BOILER = 1u << 1,    /* class/id/role/tag says navigation, share, ads... */
    EXT_COMMENTS = 1u << 2,  /* class/id says reader comments */
    EXT_POSITIVE = 1u << 3,  /* class/id/itemprop says article body */
    EXT_BLOCK = 1u << 4,     /* block-level element (owns a text block) */
    EXT_PRUNED = 1u << 5,    /* removed inside the winner (ext_prune.c) */
    EXT_IN_LINK = 1u << 6,   /* inside an <a href> */
    EXT_HEADLINE = 1u << 7,  /* the headline, reported in res->title */
    EXT_LISTED = 1u << 8,    /* taken into a side list */
    EXT_KEEP = 1u << 9,      /* must be kept (code, tables, figures of the content) */
    EXT_STRUCT_BOILER = 1u << 10, /* nav/aside/footer/header tag or landmark role */
    EXT_PROSE = 1u << 11,    /* a text block that reads as prose */
    EXT_UNDER_BOILER = 1u << 12, /* below an unprotected boilerplate mark */
    EXT_PROTECTED = 1u << 13, /* boilerplate mark ignored: holds most of the prose */
    EXT_FORM = 1u << 14,     /* a <form>: labels and hints on an article page */
};

/* Per-node figures; for elements they cover the whole subtree (minus
 * dropped parts), `own_*` only the text whose nearest block is this node. */
typedef struct ext_info {
    uint32_t chars;     /* visible characters (CJK counted twice) */
    uint32_t link;      /* characters inside links */
    uint32_t punct;     /* sentence punctuation */
    uint32_t words;     /* words (runs of letters/digits; CJK chars count) */
    uint32_t stops;     /* words found in the stop-word list */
    uint32_t own_chars, own_link, own_punct, own_words, own_stops;
    uint32_t blocks;    /* text blocks in the subtree */
    uint32_t links;     /* <a href> elements */
    float val;          /* this block's own value: + prose, - links/boilerplate */
    float raw;          /* prose characters in the subtree, hints ignored */
    float good;         /* prose characters in the subtree, hinted parts left out */
    float score;        /* content value of the subtree (ext_select.c) */
    uint16_t flags;
    uint16_t depth;
} ext_info;

typedef struct ext_ctx {
    const dom_document *page;
    const ext_options *opt;
    const ext_words *words; /* the class/id word matchers */
    arena *scratch;
    arena *out;
    ext_result *res;
    dom_node **order;   /* pre-order array of every node under the root */
    uint32_t count;     /* entries in order[] */
    uint32_t max_index; /* info[] has max_index entries (page->node_count) */
    ext_info *info;
    dom_node *body;     /* <body> (or the root) */
    dom_node *winner;   /* the chosen content container */
    slice doc_title;    /* <title> text (borrowed) */
    slice og_title;
    slice lang;         /* <html lang>, borrowed */
    int lang_id;        /* stop-word language (ext_stopwords.h), -1 unknown */
    ext_page_type type;
    float total_good;   /* prose characters in the whole page */
    float lambda;       /* weight of boilerplate text against prose */
    uint32_t max_depth;
    bool keep_noscript; /* second try: <noscript> content is the page */
    bool link_mode;     /* second try: the content is mostly links (listings) */
    uint32_t noscript_chars; /* raw text inside <noscript> elements */
    dom_node *lead[2];  /* the lead between headline and winner (ext_lead.c) */
    int leads;
} ext_ctx;

enum { EXT_MAX_LEADS = 2 };

static inline ext_info *ext_inf(const ext_ctx *c, const dom_node *n) { return &c->info[n->index]; }

static inline bool ext_is_el(const dom_node *n, tag_id t)
{
    return n && n->type == DOM_ELEMENT && n->tag == t;
}

/* ext_features.c */
int ext_features_compute(ext_ctx *c);
bool ext_tag_is_block(unsigned tag);
bool ext_tag_is_heading(unsigned tag);

/* ext_clean.c: class/id/role/tag hints, hidden elements. */
void ext_clean_mark(ext_ctx *c, dom_node *el);

/* ext_words.c: the class/id word lists, one bit each. */
enum {
    /* words of class and id */
    EXT_WORD_BOILER = 1u << 0,   /* navigation, share bars, ads... */
    EXT_WORD_COMMENT = 1u << 1,  /* reader comments */
    EXT_WORD_POSITIVE = 1u << 2, /* the article body */
    EXT_WORD_CAPTION = 1u << 3,  /* captions and credits */
    EXT_WORD_MENU = 1u << 4,     /* menu entries */
    EXT_WORD_ASIDE = 1u << 5,    /* reviews, ratings, recommendations */
    EXT_WORD_HEADING = 1u << 6,  /* a list's heading */
    /* whole class names (class only) */
    EXT_WORD_HIDDEN = 1u << 7,   /* hidden on every screen */
    EXT_WORD_ENTRY = 1u << 8,    /* a post that declares itself (hentry) */
    /* compound words anywhere in class and id tokens */
    EXT_WORD_PANEL = 1u << 9,    /* a forum post's author panel */
    EXT_WORD_FURNITURE = 1u << 10, /* a forum post's other furniture */
};
enum {
    EXT_WORDS_OF_WORDS = EXT_WORD_BOILER | EXT_WORD_COMMENT | EXT_WORD_POSITIVE | EXT_WORD_CAPTION |
                         EXT_WORD_MENU | EXT_WORD_ASIDE | EXT_WORD_HEADING,
    EXT_WORDS_OF_NAMES = EXT_WORD_HIDDEN | EXT_WORD_ENTRY,
    EXT_WORDS_OF_JOINED = EXT_WORD_PANEL | EXT_WORD_FURNITURE,
};
/* Which of the `lists` (EXT_WORD_ bits) a class and an id value name. */
uint32_t ext_words_of(const ext_ctx *c, slice cls, slice id, uint32_t lists);
/* The same for the class and id of `el`; true when any list is named. */
bool ext_attr_has_word(const ext_ctx *c, const dom_node *el, uint32_t lists);

/* A boilerplate or (outside forums) comment mark. */
static inline bool ext_marked_boiler(const ext_ctx *c, const ext_info *in)
{
    /* A form wrapping cards or filters is content on listings. */
    bool form = (in->flags & EXT_FORM) && !c->link_mode && (c->type == PAGE_ARTICLE || c->type == PAGE_OTHER);
    return (in->flags & EXT_BOILER) || form || ((in->flags & EXT_COMMENTS) && c->type != PAGE_FORUM);
}

/* ext_select.c */
void ext_select_winner(ext_ctx *c);

/* ext_prune.c */
void ext_prune_winner(ext_ctx *c);
/* ext_lead.c: finds the lead outside the winner (c->lead, c->leads). */
void ext_lead_find(ext_ctx *c);

/* ext_trim.c: captions, credits, ad labels, date lines and calls to
 * subscribe inside the winner (called by ext_prune_winner). */
void ext_trim_winner(ext_ctx *c);
/* ext_trim_lines.c: a short leaf block that ext_trim_winner drops
 * (credit, copyright, ad label, date line, call to subscribe; calls only
 * when `calls`); a block naming subscriptions or donations without being
 * a call. */
bool ext_line_is_furniture(ext_ctx *c, const dom_node *n, bool calls);
bool ext_line_names_calls(ext_ctx *c, const dom_node *n);

/* ext_lists.c */
int ext_lists_collect(ext_ctx *c);

/* ext_pagetype.c */
ext_page_type ext_pagetype_guess(ext_ctx *c);

/* ext_profile.c: content assembly for non-article pages. */
void ext_profile_widen(ext_ctx *c);
/* ext_profile_product.c: on product pages, drops reviews, ratings and
 * recommendation carousels before selection. */
void ext_profile_mark(ext_ctx *c);
/* ext_profile_drop.c: drops a subtree and takes its figures out of its
 * ancestors. */
void ext_profile_drop_subtree(ext_ctx *c, dom_node *n);
/* Drops every element of the body that `drops` picks, except the body and
 * elements holding wrapper_share or more of its text; nothing under a
 * dropped element is visited. */
typedef bool (*ext_drop_test)(const ext_ctx *c, const dom_node *n, const void *arg);
void ext_profile_drop_where(ext_ctx *c, float wrapper_share, ext_drop_test drops, const void *arg);
/* ext_profile_forum.c: on forum pages, drops the furniture repeated in
 * every post (user panels, signatures, action bars) before selection. */
void ext_profile_forum_mark(ext_ctx *c);
/* A product page whose built body holds less text than the page's
 * description gets the description instead.  0 or PITH_ENOMEM. */
int ext_profile_fallback(ext_ctx *c);
/* ext_profile_groups.c: the element whose same-kind children (cards,
 * posts) hold the most text; NULL when none has MIN_ITEMS of a kind. */
typedef struct ext_group {
    uint32_t mass;   /* characters of the items */
    uint32_t items;  /* number of items */
    uint32_t sig;    /* the items' tag and class signature */
    uint32_t marked; /* items marked boilerplate by class words */
} ext_group;
dom_node *ext_profile_group(ext_ctx *c, ext_group *g);
/* True when `k` is one of the group's items (same signature). */
bool ext_profile_group_item(const ext_group *g, const dom_node *k);
/* The group is content: boilerplate marks inside its items are ignored. */
void ext_profile_group_protect(ext_ctx *c, dom_node *parent, const ext_group *g);

/* ext_build.c */
int ext_build_tree(ext_ctx *c, const dom_node *from, dom_document *tree, bool comments);

/* ext_text.c: small text helpers. */
/* Decodes one UTF-8 code point at s[*i] (advancing *i); invalid bytes give
 * U+FFFD and advance by one. */
unsigned ext_utf8_next(const char *s, size_t len, size_t *i);
bool ext_cp_is_cjk(unsigned cp);
bool ext_cp_is_space(unsigned cp);
bool ext_cp_is_word(unsigned cp);
bool ext_cp_is_punct(unsigned cp);
/* Collected, whitespace-collapsed text of a subtree (dropped parts skipped)
 * into the scratch arena; at most `max` bytes. */
slice ext_subtree_text(ext_ctx *c, const dom_node *n, size_t max);
/* Case- and space-insensitive comparison helpers for titles. */
bool ext_text_similar(slice a, slice b);

/* ext_date.c: a minimal visible-date recogniser for side-list items. */
/* Finds a date in `s`; writes YYYY-MM-DD into iso[11]; true when found. */
bool ext_date_find(slice s, char iso[11]);

#endif
