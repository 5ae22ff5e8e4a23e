/* slice.h - a borrowed byte range (pointer + length).
 *
 * Strings inside pith are slices into the input, into an arena, or into a
 * static table; nobody frees a slice.  They are not NUL-terminated. */
#ifndef PITH_CORE_SLICE_H
#define PITH_CORE_SLICE_H

#include <stddef.h>
#include <string.h>
#include <stdbool.h>

typedef struct slice {
    const char *ptr;
    size_t len;
} slice;

#define SLICE_LIT(s) ((slice){ (s), sizeof(s) - 1 })
#define SLICE_EMPTY ((slice){ "", 0 })

static inline slice slice_make(const char *p, size_t n) { return (slice){ p, n }; }

static inline bool slice_eq(slice a, slice b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

static inline bool slice_eq_cstr(slice a, const char *s)
{
    size_t n = strlen(s);
    return a.len == n && memcmp(a.ptr, s, n) == 0;
}

/* ASCII case-insensitive comparison, as HTML compares names and keywords. */
bool slice_eq_nocase(slice a, const char *s);
bool slice_starts_with_nocase(slice a, const char *prefix);
/* Finds needle (ASCII, case-insensitive); returns offset or -1. */
long slice_find_nocase(slice hay, const char *needle);
/* Trims ASCII whitespace (space, tab, LF, FF, CR) from both ends. */
slice slice_trim(slice s);

#endif
