/* url.h - URL reference resolution (RFC 3986 section 5.2) for canonical
 * links, images and article links.
 *
 * Deliberately small: no IDNA, no percent-decoding, no IPv6 checks.  The
 * base must be absolute (have a scheme); a reference that has its own
 * scheme is returned as is.  Backslashes are not rewritten and whitespace
 * around the reference is trimmed, as browsers do with href values. */
#ifndef PITH_CORE_URL_H
#define PITH_CORE_URL_H

#include <stdbool.h>

#include "arena.h"
#include "slice.h"

/* True when `s` starts with a URL scheme ("http:", "mailto:"...). */
bool url_has_scheme(slice s);

/* Where the path of `url` starts: past "scheme://host" when the URL has
 * one (the first "://" is taken as the scheme's), else 0.  *has_host (may
 * be NULL) tells which. */
size_t url_path_offset(slice url, bool *has_host);

/* Resolves `ref` against `base` into the arena (NUL-terminated).  When the
 * base is not absolute, a relative reference comes back unchanged.  Returns
 * a slice with ptr NULL when out of memory. */
slice url_resolve(arena *a, slice base, slice ref);

#endif
