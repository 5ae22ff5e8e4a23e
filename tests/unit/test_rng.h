/* test_rng.h - the small deterministic generator (xorshift64) of the
 * differential tests, which compare a fast path with its reference on
 * many generated inputs: the same seed gives the same inputs on every
 * machine, so a failure can be replayed. */
#ifndef PITH_TEST_RNG_H
#define PITH_TEST_RNG_H

#include <stdint.h>

typedef struct test_rng {
    uint64_t state; /* never 0 */
} test_rng;

/* A number in [0, n), n > 0. */
static inline unsigned test_rng_below(test_rng *r, unsigned n)
{
    r->state ^= r->state << 13;
    r->state ^= r->state >> 7;
    r->state ^= r->state << 17;
    return (unsigned)(r->state % n);
}

#endif
