/* arena.h - region allocator: one per page (DOM, tokens, scratch), freed or
 * reset at once.  There is no per-object free; pruning unlinks nodes.
 *
 * Ownership: the arena owns every block it hands out.  arena_reset() keeps
 * the first block so that steady-state page processing makes no mallocs.
 * A byte limit makes a hostile page fail with an error instead of eating
 * the machine: once it is reached every allocation returns NULL. */
#ifndef PITH_CORE_ARENA_H
#define PITH_CORE_ARENA_H

#include <stddef.h>
#include "slice.h"

typedef struct arena arena;

/* Creates an arena; limit 0 means no limit.  NULL when out of memory. */
arena *arena_new(size_t limit);
void arena_free(arena *a); /* accepts NULL */
/* Drops everything allocated; keeps the largest block for reuse. */
void arena_reset(arena *a);
void arena_set_limit(arena *a, size_t limit);
/* The byte limit (0: none), so callers can tell a limit from a failed malloc. */
size_t arena_limit(const arena *a);

/* Returns 8-byte aligned, uninitialised memory, or NULL (out of memory or
 * over the limit). */
void *arena_alloc(arena *a, size_t n);
/* Zeroed memory. */
void *arena_calloc(arena *a, size_t count, size_t size);
/* Grows the most recent allocation in place when possible, otherwise copies. */
void *arena_realloc(arena *a, void *old, size_t old_n, size_t new_n);
/* Copies bytes into the arena and NUL-terminates them. */
char *arena_strndup(arena *a, const char *s, size_t n);
slice arena_slice_dup(arena *a, slice s);

/* Bytes handed out since the last reset (the figure the benchmarks report). */
size_t arena_used(const arena *a);
/* Bytes obtained from the system, including slack. */
size_t arena_reserved(const arena *a);

#endif
