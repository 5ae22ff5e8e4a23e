/* meta_context.h - the metadata layer's per-extractor state. */
#ifndef PITH_META_CONTEXT_H
#define PITH_META_CONTEXT_H

#include "meta.h"
#include "../core/word_match.h"

struct meta_context {
    arena *scratch;    /* per page: JSON-LD trees, temporary text */
    void *textcat;     /* libexttextcat handle, loaded on first use */
    bool textcat_failed;
    word_matcher *zone_words; /* meta_zone_words_new(), for every page */
    time_t now;        /* 0: the clock */
};

/* The class/id words of the page zones (meta_zones.c), built once per
 * context; NULL when out of memory. */
word_matcher *meta_zone_words_new(void);

/* BCP 47 form of a language tag as pages write it ("en_us" -> "en-US",
 * "EN" -> "en"); the first of a comma list.  Empty in, ptr NULL out. */
slice meta_lang_normalize(arena *a, slice tag);

#endif
