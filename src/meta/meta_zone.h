/* meta_zone.h - what the zone reader (meta_zones.c) shares with the zone
 * map (meta_zone_map.c): the class/id word lists, prepared once per page. */
#ifndef PITH_META_ZONE_H
#define PITH_META_ZONE_H

#include "meta_internal.h"

enum { META_ZONE_WORDS_MAX = 64 };

/* The zone words bucketed by first letter: those beginning with letter c
 * ('a' + c) are word[start[c]] .. word[start[c + 1] - 1]. */
typedef struct meta_zone_words {
    const char *word[META_ZONE_WORDS_MAX];
    uint8_t flag[META_ZONE_WORDS_MAX]; /* the list each word comes from */
    uint8_t start[27];
    size_t count;
} meta_zone_words;

void meta_zone_words_init(meta_zone_words *zw);
/* meta_zone_excluded() with the lists prepared. */
bool meta_zone_excluded_by(const dom_node *el, const meta_evidence *ev, const meta_zone_words *zw);

#endif
