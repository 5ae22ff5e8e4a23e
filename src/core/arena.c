/* arena.c - chained-block bump allocator.
 *
 * Blocks grow geometrically (64 KiB, doubling up to 8 MiB) so a 100 MB page
 * costs a handful of mallocs; requests larger than a block get a block of
 * their own.  Under AddressSanitizer the unused tail of each block stays
 * poisoned, so reading past an allocation is caught as it would be with
 * malloc. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

enum {
    ARENA_FIRST_BLOCK = 64 * 1024,
    ARENA_MAX_BLOCK = 8 * 1024 * 1024,
    ARENA_ALIGN = 8,
};

typedef struct arena_block {
    struct arena_block *prev;
    size_t size; /* usable bytes after the header */
    size_t used;
    max_align_t data[]; /* aligned payload */
} arena_block;

struct arena {
    arena_block *head;
    size_t next_size;
    size_t used;     /* bytes handed out */
    size_t reserved; /* bytes malloc'd */
    size_t limit;
    void *last;      /* most recent allocation, for in-place realloc */
    size_t last_n;
};

arena *arena_new(size_t limit)
{
    arena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->next_size = ARENA_FIRST_BLOCK;
    a->limit = limit;
    return a;
}

static void free_blocks(arena_block *b, arena_block *keep)
{
    while (b) {
        arena_block *prev = b->prev;
        if (b != keep) {
            UNPOISON(b->data, b->size);
            free(b);
        }
        b = prev;
    }
}

void arena_free(arena *a)
{
    if (!a)
        return;
    free_blocks(a->head, NULL);
    free(a);
}

void arena_reset(arena *a)
{
    arena_block *largest = NULL;
    for (arena_block *b = a->head; b; b = b->prev)
        if (!largest || b->size > largest->size)
            largest = b;
    free_blocks(a->head, largest);
    a->head = largest;
    a->reserved = 0;
    if (largest) {
        largest->prev = NULL;
        largest->used = 0;
        POISON(largest->data, largest->size);
        a->reserved = largest->size + sizeof *largest;
    }
    a->used = 0;
    a->last = NULL;
    a->last_n = 0;
}

void arena_set_limit(arena *a, size_t limit) { a->limit = limit; }
size_t arena_limit(const arena *a) { return a->limit; }

static size_t align_up(size_t n) { return (n + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1); }

static arena_block *add_block(arena *a, size_t need)
{
    size_t size = a->next_size;
    if (size < need)
        size = align_up(need);
    if (a->limit && a->reserved + size + sizeof(arena_block) > a->limit) {
        /* Near the limit: ask only for what is needed. */
        size = align_up(need);
        if (a->reserved + size + sizeof(arena_block) > a->limit)
            return NULL;
    }
    arena_block *b = malloc(sizeof *b + size);
    if (!b)
        return NULL;
    b->prev = a->head;
    b->size = size;
    b->used = 0;
    POISON(b->data, size);
    a->head = b;
    a->reserved += sizeof *b + size;
    if (a->next_size < ARENA_MAX_BLOCK)
        a->next_size *= 2;
    return b;
}

void *arena_alloc(arena *a, size_t n)
{
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX / 2)
        return NULL;
    size_t need = align_up(n);
    arena_block *b = a->head;
    if (!b || b->size - b->used < need) {
        b = add_block(a, need);
        if (!b)
            return NULL;
    }
    void *p = (char *)b->data + b->used;
    b->used += need;
    a->used += need;
    UNPOISON(p, n);
    a->last = p;
    a->last_n = need;
    return p;
}

void *arena_calloc(arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = arena_alloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *arena_realloc(arena *a, void *old, size_t old_n, size_t new_n)
{
    if (old && old == a->last) {
        arena_block *b = a->head;
        size_t need = align_up(new_n ? new_n : 1);
        if (need <= a->last_n || b->size - (b->used - a->last_n) >= need) {
            b->used = b->used - a->last_n + need;
            a->used = a->used - a->last_n + need;
            a->last_n = need;
            UNPOISON(old, new_n);
            return old;
        }
    }
    void *p = arena_alloc(a, new_n);
    if (p && old)
        memcpy(p, old, old_n < new_n ? old_n : new_n);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

slice arena_slice_dup(arena *a, slice s)
{
    char *p = arena_strndup(a, s.ptr, s.len);
    return p ? slice_make(p, s.len) : slice_make(NULL, 0);
}

size_t arena_used(const arena *a) { return a->used; }
size_t arena_reserved(const arena *a) { return a->reserved; }
