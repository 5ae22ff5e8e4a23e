/* meta_context.h - the metadata layer's per-extractor state. */
#ifndef PITH_META_CONTEXT_H
#define PITH_META_CONTEXT_H

#include "meta.h"

struct meta_context {
    arena *scratch;    /* per page: JSON-LD trees, temporary text */
    void *textcat;     /* libexttextcat handle, loaded on first use */
    bool textcat_failed;
    time_t now;        /* 0: the clock */
};

/* BCP 47 form of a language tag as pages write it ("en_us" -> "en-US",
 * "EN" -> "en"); the first of a comma list.  Empty in, ptr NULL out. */
slice meta_lang_normalize(arena *a, slice tag);

#endif
