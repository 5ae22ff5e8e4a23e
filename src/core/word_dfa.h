/* word_dfa.h - an automaton that finds every pattern of a set in one read
 * of a value: Aho-Corasick with every transition filled in, so each byte
 * costs one table read whatever the number of patterns.  The word matcher
 * (word_match.c) builds one from its listed words when its cut allows.
 *
 * A pattern is a sequence of column numbers (the matcher maps bytes to
 * columns); a state is the longest pattern beginning that ends the bytes
 * read so far. */
#ifndef PITH_CORE_WORD_DFA_H
#define PITH_CORE_WORD_DFA_H

#include <stddef.h>
#include <stdint.h>

typedef struct word_pattern {
    const uint8_t *cols;
    size_t len; /* >= 1 */
    uint32_t bit;
} word_pattern;

typedef struct word_dfa {
    /* By state and column (a state is the offset of its row, rows being
     * 1 << shift entries; the start, no pattern begun, is 0): the next
     * state. */
    uint16_t *next;
    /* By state (offset >> shift): the bits of the patterns that end with
     * the bytes read up to it.  Only the states from `accept` on have any
     * (a scan compares instead of reading). */
    uint32_t *bits;
    unsigned shift;
    unsigned accept;
} word_dfa;

/* Builds the automaton of the patterns over columns 0..cols-1 (cols <=
 * 256) into *d.  0 on success; -1 when out of memory or when the table
 * would pass 65536 entries (*d is then empty). */
int word_dfa_build(word_dfa *d, const word_pattern *patterns, size_t count, size_t cols);
void word_dfa_dispose(word_dfa *d); /* accepts an empty one */

/* The bits of the patterns read from `state`: p[0..n) through the column
 * table `col` (column of each byte), then the column `last`. */
uint32_t word_dfa_find(const word_dfa *d, const uint8_t *col, unsigned state, const unsigned char *p, size_t n,
                       unsigned last);

/* The state after reading column `col` in state `state`. */
static inline unsigned word_dfa_step(const word_dfa *d, unsigned state, unsigned col)
{
    return d->next[state + col];
}

/* The bits of the patterns that end at `state`. */
static inline uint32_t word_dfa_bits(const word_dfa *d, unsigned state)
{
    return state >= d->accept ? d->bits[state >> d->shift] : 0;
}

#endif
