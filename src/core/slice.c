/* slice.c - small helpers over borrowed byte ranges. */
#include "slice.h"
#include "ascii.h"

bool slice_eq_nocase(slice a, const char *s)
{
    size_t n = strlen(s);
    if (a.len != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (ascii_lower((unsigned char)a.ptr[i]) != ascii_lower((unsigned char)s[i]))
            return false;
    return true;
}

bool slice_starts_with_nocase(slice a, const char *prefix)
{
    size_t n = strlen(prefix);
    if (a.len < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (ascii_lower((unsigned char)a.ptr[i]) != ascii_lower((unsigned char)prefix[i]))
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
    unsigned char first = ascii_lower((unsigned char)needle[0]);
    for (size_t i = 0; i + n <= hay.len; i++) {
        if (ascii_lower((unsigned char)hay.ptr[i]) != first)
            continue;
        size_t j = 1;
        while (j < n && ascii_lower((unsigned char)hay.ptr[i + j]) ==
                            ascii_lower((unsigned char)needle[j]))
            j++;
        if (j == n)
            return (long)i;
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
