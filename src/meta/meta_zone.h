/* meta_zone.h - what the zone reader (meta_zones.c) shares with the zone
 * map (meta_zone_map.c): the class/id words, matched by one matcher that
 * the metadata context builds once (meta_zone_words_new). */
#ifndef PITH_META_ZONE_H
#define PITH_META_ZONE_H

#include "meta_internal.h"

/* Which word lists an element's class or id names (ZONE_WORD_DATE: a
 * date word anywhere, for meta_date_class). */
enum { ZONE_WORD_EXCLUDED = 1, ZONE_WORD_OUTSIDE = 2, ZONE_WORD_TAG = 4, ZONE_WORD_DATE = 8,
       ZONE_WORD_BYLINE = 16 /* a byline word anywhere (meta_byline_words) */ };

/* What an element's tag says of its zone (zone_excluded in meta_zones.c
 * reads the rest). */
typedef enum meta_zone_rule {
    ZONE_RULE_WORDS,     /* its class and id words decide */
    ZONE_RULE_EXCLUDED,  /* nav, form, script...: excluded */
    ZONE_RULE_FOREIGN,   /* SVG, MathML: excluded */
    ZONE_RULE_OUTSIDE,   /* header, footer, aside: excluded outside the article */
    ZONE_RULE_LINK_LIST, /* li: excluded when it holds a headline-sized link */
    ZONE_RULE_KEPT,      /* body, html, main, article: never excluded */
} meta_zone_rule;

static inline meta_zone_rule meta_zone_tag_rule(const dom_node *el)
{
    if (el->ns != NS_HTML)
        return ZONE_RULE_FOREIGN;
    switch (el->tag) {
    case TAG_NAV:
    case TAG_FORM:
    case TAG_SCRIPT:
    case TAG_STYLE:
    case TAG_TEMPLATE:
    case TAG_NOSCRIPT:
    case TAG_SELECT:
    case TAG_IFRAME:
        return ZONE_RULE_EXCLUDED;
    case TAG_HEADER:
    case TAG_FOOTER:
    case TAG_ASIDE:
        return ZONE_RULE_OUTSIDE;
    case TAG_LI:
        return ZONE_RULE_LINK_LIST;
    case TAG_BODY:
    case TAG_HTML:
    case TAG_MAIN:
    case TAG_ARTICLE:
        return ZONE_RULE_KEPT;
    default:
        return ZONE_RULE_WORDS;
    }
}

/* The zone words of `ev` (built by its context), or built now into *own
 * (which the caller frees; NULL when out of memory). */
const word_matcher *meta_zone_words_of(const meta_evidence *ev, word_matcher **own);
/* The ZONE_WORD_ flags of an element's class and id, as whole words (a
 * plural "s" allowed; the date words anywhere). */
unsigned meta_zone_class_words(const dom_node *el, const word_matcher *zw);
/* meta_zone_excluded() for an element whose class words are known. */
bool meta_zone_excluded_by(const dom_node *el, const meta_evidence *ev, unsigned class_words);

#endif
