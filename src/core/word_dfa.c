/* word_dfa.c - the pattern automaton (word_dfa.h).
 *
 * Built in two steps: the patterns' trie, then, breadth first, each
 * missing transition of a state is copied from its fail state (the state
 * of its longest proper suffix that begins a pattern, shallower and so
 * already complete), and each state also ends the patterns its fail state
 * ends. */
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
    for (size_t i = 0; i < used * row; i++)
        next[i] = (uint16_t)(next[i] << shift);
    uint16_t *fit = realloc(next, used * row * sizeof *next);
    if (fit)
        next = fit;
    d->next = next;
    d->bits = bits;
    next = NULL;
    bits = NULL;
    rc = 0;
done:
    free(next);
    free(bits);
    free(fail);
    free(queue);
    return rc;
}

void word_dfa_dispose(word_dfa *d)
{
    free(d->next);
    free(d->bits);
    d->next = NULL;
    d->bits = NULL;
}
