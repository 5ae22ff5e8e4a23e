/* decode_utf8.c - UTF-8 validation and repair (Encoding Standard 8.1.1,
 * "UTF-8 decoder").
 *
 * Valid input is the common case, so validation runs 8 bytes at a time
 * while the text is ASCII.  Invalid input is repaired with the standard's
 * "maximal subpart" rule: each maximal prefix of a would-be sequence
 * becomes one U+FFFD, and the byte that broke it is read again. */
#include <stdint.h>
#include <string.h>

#include "decode_internal.h"

#define HIGH_BITS UINT64_C(0x8080808080808080)

/* Bounds of the second byte and the count of continuation bytes for a
 * lead byte; need 0 means "not a lead byte". */
static void lead_info(unsigned c, unsigned *need, unsigned *lo, unsigned *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        *need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        *need = 2;
        if (c == 0xE0)
            *lo = 0xA0; /* no overlong forms */
        else if (c == 0xED)
            *hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        *need = 3;
        if (c == 0xF0)
            *lo = 0x90;
        else if (c == 0xF4)
            *hi = 0x8F; /* nothing above U+10FFFF */
    } else
        *need = 0;
}

/* Length of the valid non-ASCII sequence at s, or 0. */
static size_t sequence_length(const unsigned char *s, size_t avail)
{
    unsigned need, lo, hi;
    lead_info(s[0], &need, &lo, &hi);
    if (need == 0 || avail <= need)
        return 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (unsigned k = 2; k <= need; k++)
        if (s[k] < 0x80 || s[k] > 0xBF)
            return 0;
    return need + 1;
}

size_t html_utf8_valid_prefix(const unsigned char *s, size_t n, bool *non_ascii)
{
    size_t i = 0;
    bool high = false;
    while (i < n) {
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & HIGH_BITS)
                break;
            i += 8;
        }
        while (i < n && s[i] < 0x80)
            i++;
        if (i >= n)
            break;
        size_t k = sequence_length(s + i, n - i);
        if (!k)
            break;
        high = true;
        i += k;
    }
    if (non_ascii)
        *non_ascii = high;
    return i;
}

/* Bytes taken by the maximal subpart at s (at least 1). */
static size_t maximal_subpart(const unsigned char *s, size_t avail)
{
    unsigned need, lo, hi;
    lead_info(s[0], &need, &lo, &hi);
    if (need == 0)
        return 1;
    size_t j = 1;
    while (j <= need && j < avail) {
        unsigned b = s[j];
        if (j == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            return j;
        j++;
    }
    return j;
}

bool html_utf8_is_truncated_tail(const unsigned char *s, size_t n)
{
    /* A valid start of a sequence cut off by the end of the input, as a
     * truncated download leaves it. */
    return n > 0 && n <= 3 && maximal_subpart(s, n) == n && sequence_length(s, n) == 0 &&
           s[0] >= 0xC2 && s[0] <= 0xF4;
}

size_t html_utf8_repair(const unsigned char *s, size_t n, char *dst, size_t *invalid)
{
    size_t i = 0, o = 0, bad = 0;
    while (i < n) {
        size_t k = html_utf8_valid_prefix(s + i, n - i, NULL);
        if (dst)
            memcpy(dst + o, s + i, k);
        o += k;
        i += k;
        if (i >= n)
            break;
        i += maximal_subpart(s + i, n - i);
        if (dst)
            memcpy(dst + o, "\xEF\xBF\xBD", 3);
        o += 3;
        bad++;
    }
    if (invalid)
        *invalid = bad;
    return o;
}
