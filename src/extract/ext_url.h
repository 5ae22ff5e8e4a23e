/* ext_url.h - reference resolution for links and image sources in the
 * article tree (RFC 3986 section 5.2, without normalisation).  Kept
 * inside extract until a shared resolver lands in src/core. */
#ifndef PITH_EXT_URL_H
#define PITH_EXT_URL_H

#include "../core/arena.h"
#include "../core/slice.h"

/* `ref` resolved against `base` (absolute, or empty: ref returned as is),
 * copied into `a`.  ptr NULL when out of memory. */
slice ext_url_resolve(arena *a, slice base, slice ref);

#endif
