/* slice.c - small helpers over borrowed byte ranges. */
#include "slice.h"
#include "ascii.h"

/* These run for every element and attribute the readers look at, mostly
 * to say no: they stop at the first differing byte instead of measuring
 * the C string first. */
bool slice_eq_nocase(slice a, const char *s)
{
    size_t i = 0;
    for (; s[i]; i++)
        if (i == a.len || ascii_lower((unsigned char)a.ptr[i]) != ascii_lower((unsigned char)s[i]))
            return false;
    return i == a.len;
}

bool slice_starts_with_nocase(slice a, const char *prefix)
{
    for (size_t i = 0; prefix[i]; i++)
        if (i == a.len || ascii_lower((unsigned char)a.ptr[i]) != ascii_lower((unsigned char)prefix[i]))
            return false;
    return true;
}

long slice_find_nocase(slice hay, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return 0;
    if (hay.len < n)
        return -1;
    /* Candidates are the places holding the needle's first byte in either
     * case; memchr finds them faster than a byte loop. */
    unsigned char lo = (unsigned char)ascii_lower((unsigned char)needle[0]);
    unsigned char up = (unsigned char)ascii_upper(lo);
    const char *p = hay.ptr, *last = hay.ptr + (hay.len - n);
    while (p <= last) {
        const char *a = memchr(p, lo, (size_t)(last - p) + 1);
        const char *b = lo == up ? NULL : memchr(p, up, (size_t)((a ? a : last + 1) - p));
        const char *c = b ? b : a;
        if (!c)
            return -1;
        size_t j = 1;
        while (j < n && ascii_lower((unsigned char)c[j]) == ascii_lower((unsigned char)needle[j]))
            j++;
        if (j == n)
            return (long)(c - hay.ptr);
        p = c + 1;
    }
    return -1;
}

slice slice_trim(slice s)
{
    while (s.len && ascii_is_space((unsigned char)s.ptr[0])) {
        s.ptr++;
        s.len--;
    }
    while (s.len && ascii_is_space((unsigned char)s.ptr[s.len - 1]))
        s.len--;
    return s;
}
