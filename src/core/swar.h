/* swar.h - eight bytes at a time in a 64-bit word ("SIMD within a
 * register"), for the scans that pass over long runs of bytes they do not
 * care about (meta content, JSON strings).  Each test answers exactly
 * whether any of the eight bytes qualifies, in either byte order; which
 * byte it is, the caller reads byte by byte. */
#ifndef PITH_CORE_SWAR_H
#define PITH_CORE_SWAR_H

#include <stdint.h>
#include <string.h>

#define SWAR_ONES 0x0101010101010101u
#define SWAR_HIGHS 0x8080808080808080u

static inline uint64_t swar_load(const void *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}

/* The zero bytes of `x`, each flagged by its top bit; no carry runs from
 * one byte into the next, so the flags are exact. */
static inline uint64_t swar_zero_bytes(uint64_t x)
{
    const uint64_t lows = 0x7F7F7F7F7F7F7F7Fu;
    return ~(((x & lows) + lows) | x | lows);
}

/* The bytes of `x` equal to `c`, flagged as above. */
static inline uint64_t swar_bytes_equal(uint64_t x, unsigned char c)
{
    return swar_zero_bytes(x ^ (SWAR_ONES * c));
}

/* Nonzero when some byte of `x` is below `n` (n <= 0x80); bytes of 0x80
 * and above never count. */
static inline uint64_t swar_any_below(uint64_t x, unsigned char n)
{
    return (x - SWAR_ONES * n) & ~x & SWAR_HIGHS;
}

#endif
