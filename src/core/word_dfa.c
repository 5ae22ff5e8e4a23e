/* word_dfa.c - the pattern automaton (word_dfa.h).
 *
 * Built in two steps: the patterns' trie, then, breadth first, each
 * missing transition of a state is copied from its fail state (the state
 * of its longest proper suffix that begins a pattern, shallower and so
 * already complete), and each state also ends the patterns its fail state
 * ends.  Then the states are renumbered, those that end a pattern last. */
#include "word_dfa.h"

#include <stdlib.h>

#define DFA_ENTRIES_MAX ((size_t)65536) /* states are 16-bit row offsets */

int word_dfa_build(word_dfa *d, const word_pattern *patterns, size_t count, size_t cols)
{
    d->next = NULL;
    d->bits = NULL;
    unsigned shift = 0;
    while (((size_t)1 << shift) < cols)
        shift++;
    d->shift = shift;
    /* Room for the trie at its largest (no shared beginnings). */
    size_t room = 1;
    for (size_t i = 0; i < count; i++)
        room += patterns[i].len;
    if (room > DFA_ENTRIES_MAX - 1)
        return -1;
    size_t row = (size_t)1 << shift;
    uint16_t *next = calloc(room * row, sizeof *next);
    uint32_t *bits = calloc(room, sizeof *bits);
    uint16_t *fail = calloc(room, sizeof *fail);
    uint16_t *queue = calloc(room, sizeof *queue);
    uint16_t *out_next = NULL;
    uint32_t *out_bits = NULL;
    int rc = -1;
    if (!next || !bits || !fail || !queue)
        goto done;
    /* The trie, by state number (the start, 0, is no child). */
    size_t used = 1;
    for (size_t i = 0; i < count; i++) {
        size_t st = 0;
        for (size_t j = 0; j < patterns[i].len; j++) {
            uint16_t *slot = &next[(st << shift) + patterns[i].cols[j]];
            if (!*slot)
                *slot = (uint16_t)used++;
            st = *slot;
        }
        bits[st] |= patterns[i].bit;
    }
    if (used > DFA_ENTRIES_MAX >> shift)
        goto done;
    size_t head = 0, tail = 0;
    for (size_t c = 0; c < cols; c++)
        if (next[c])
            queue[tail++] = next[c]; /* their fail state is the start */
    while (head < tail) {
        size_t st = queue[head++];
        bits[st] |= bits[fail[st]];
        for (size_t c = 0; c < cols; c++) {
            uint16_t *slot = &next[(st << shift) + c];
            uint16_t via_fail = next[((size_t)fail[st] << shift) + c];
            if (*slot) {
                fail[*slot] = via_fail;
                queue[tail++] = *slot;
            } else {
                *slot = via_fail;
            }
        }
    }
    /* The new numbers (in `fail`, no longer needed): the start (which
     * ends nothing) stays 0. */
    uint16_t *renum = fail;
    size_t k = 0;
    for (int ends = 0; ends < 2; ends++)
        for (size_t st = 0; st < used; st++)
            if ((bits[st] != 0) == ends)
                renum[st] = (uint16_t)k++;
    out_next = malloc(used * row * sizeof *out_next);
    out_bits = malloc(used * sizeof *out_bits);
    if (!out_next || !out_bits)
        goto done;
    d->accept = (unsigned)used << shift;
    for (size_t st = 0; st < used; st++) {
        size_t to = renum[st];
        for (size_t c = 0; c < row; c++)
            out_next[(to << shift) + c] = (uint16_t)(renum[next[(st << shift) + c]] << shift);
        out_bits[to] = bits[st];
        if (bits[st] && (to << shift) < d->accept)
            d->accept = (unsigned)(to << shift);
    }
    d->next = out_next;
    d->bits = out_bits;
    out_next = NULL;
    out_bits = NULL;
    rc = 0;
done:
    free(next);
    free(bits);
    free(fail);
    free(queue);
    free(out_next);
    free(out_bits);
    return rc;
}

void word_dfa_dispose(word_dfa *d)
{
    free(d->next);
    free(d->bits);
    d->next = NULL;
    d->bits = NULL;
}

uint32_t word_dfa_find(const word_dfa *d, const uint8_t *col, unsigned state, const unsigned char *p, size_t n,
                       unsigned last)
{
    uint32_t found = 0;
    for (size_t j = 0; j < n; j++) {
        state = word_dfa_step(d, state, col[p[j]]);
        found |= word_dfa_bits(d, state);
    }
    return found | word_dfa_bits(d, word_dfa_step(d, state, last));
}
