/* meta_zone.h - what the zone reader (meta_zones.c) shares with the zone
 * map (meta_zone_map.c): the class/id word lists, prepared once per page. */
#ifndef PITH_META_ZONE_H
#define PITH_META_ZONE_H

#include "meta_internal.h"

enum { META_ZONE_WORDS_MAX = 64 };

/* Which word lists an element's class or id names. */
enum { ZONE_WORD_EXCLUDED = 1, ZONE_WORD_OUTSIDE = 2, ZONE_WORD_TAG = 4 };

/* The zone words bucketed by first letter: those beginning with letter c
 * ('a' + c) are word[start[c]] .. word[start[c + 1] - 1]. */
typedef struct meta_zone_words {
    const char *word[META_ZONE_WORDS_MAX];
    uint8_t flag[META_ZONE_WORDS_MAX]; /* the list each word comes from */
    uint8_t start[27];
    size_t count;
} meta_zone_words;

void meta_zone_words_init(meta_zone_words *zw);
/* The ZONE_WORD_ flags of an element's class and id, as whole words (a
 * plural "s" allowed). */
unsigned meta_zone_class_words(const dom_node *el, const meta_zone_words *zw);
/* meta_zone_excluded() for an element whose class words are known. */
bool meta_zone_excluded_by(const dom_node *el, const meta_evidence *ev, unsigned class_words);

#endif
