/* meta_zone.h - what the zone reader (meta_zones.c) shares with the zone
 * map (meta_zone_map.c): the class/id words, matched by one matcher that
 * the metadata context builds once (meta_zone_words_new). */
#ifndef PITH_META_ZONE_H
#define PITH_META_ZONE_H

#include "meta_internal.h"

/* Which word lists an element's class or id names (ZONE_WORD_DATE: a
 * date word anywhere, for meta_date_class). */
enum { ZONE_WORD_EXCLUDED = 1, ZONE_WORD_OUTSIDE = 2, ZONE_WORD_TAG = 4, ZONE_WORD_DATE = 8 };

/* The zone words of `ev` (built by its context), or built now into *own
 * (which the caller frees; NULL when out of memory). */
const word_matcher *meta_zone_words_of(const meta_evidence *ev, word_matcher **own);
/* The ZONE_WORD_ flags of an element's class and id, as whole words (a
 * plural "s" allowed; the date words anywhere). */
unsigned meta_zone_class_words(const dom_node *el, const word_matcher *zw);
/* meta_zone_excluded() for an element whose class words are known. */
bool meta_zone_excluded_by(const dom_node *el, const meta_evidence *ev, unsigned class_words);

#endif
