/* json.h - a small JSON reader (RFC 8259) into an arena-allocated tree, with
 * a tolerant mode for the JSON-LD that pages embed in <script> elements.
 *
 * The parser is iterative (an explicit stack of open containers), so a
 * hostile document cannot exhaust the C stack; nesting deeper than
 * `max_depth` is an error.  Errors carry the byte offset where they were
 * found.
 *
 * Memory: every node lives in the arena passed to json_parse().  Strings
 * without escapes and number texts point into the input, so the input must
 * outlive the tree; strings with escapes are decoded into the arena.
 *
 * Strings are UTF-8.  \uXXXX escapes are decoded, surrogate pairs joined; a
 * lone surrogate escape is encoded as its 3-byte generalised UTF-8 form
 * (WTF-8, ED A0 80..ED BF BF) so that test runners can round-trip it.
 * Raw bytes inside strings are copied unchanged (not validated).
 *
 * Tolerant mode (JSON_TOLERANT) accepts what pages get wrong: comments
 * (block and line), trailing commas, raw control characters inside strings,
 * unknown escapes (\' gives '), U+00A0 between tokens, and anything after
 * the first complete top-level value.  HTML entities are left alone. */
#ifndef PITH_CORE_JSON_H
#define PITH_CORE_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "slice.h"

typedef enum json_type {
    JSON_NULL = 0,
    JSON_BOOL,
    JSON_NUMBER,
    JSON_STRING,
    JSON_ARRAY,
    JSON_OBJECT,
} json_type;

typedef struct json_value json_value;
struct json_value {
    json_type type;
    bool boolean;        /* JSON_BOOL */
    double number;       /* JSON_NUMBER */
    slice text;          /* JSON_STRING: decoded bytes; JSON_NUMBER: source text */
    slice key;           /* member name (decoded) when the parent is an object */
    json_value *first;   /* first child (arrays, objects), in document order */
    json_value *last;
    json_value *next;    /* next sibling */
    size_t count;        /* number of children */
};

enum {
    JSON_TOLERANT = 1u << 0,
    /* Nesting cap used when json_options.max_depth is 0: deep enough for
     * any real document, shallow enough to bound the stack memory. */
    JSON_DEFAULT_MAX_DEPTH = 1000,
};

typedef struct json_error {
    size_t offset;       /* byte offset of the problem in the input */
    const char *message; /* static text */
} json_error;

/* Parses `len` bytes of `text`.  `flags` is 0 or JSON_TOLERANT;
 * `max_depth` 0 means JSON_DEFAULT_MAX_DEPTH.  On success *out is the root
 * value.  Returns 0, PITH_EFORMAT (syntax error; *err says where),
 * PITH_ELIMIT (nesting deeper than max_depth) or PITH_ENOMEM.  `err` may
 * be NULL. */
int json_parse(arena *a, const char *text, size_t len, unsigned flags, unsigned max_depth,
               json_value **out, json_error *err);

/* The first member of `obj` named `key` (exact bytes), or NULL when `obj` is
 * not an object or has no such member. */
const json_value *json_get(const json_value *obj, const char *key);
/* The i-th child of an array or object, or NULL. */
const json_value *json_at(const json_value *v, size_t i);

/* Convenience accessors: the value when it has the type, else a default. */
static inline bool json_is(const json_value *v, json_type t) { return v && v->type == t; }
static inline slice json_string(const json_value *v)
{
    return json_is(v, JSON_STRING) ? v->text : (slice){ NULL, 0 };
}

/* Iteration: for (const json_value *c = json_first(v); c; c = c->next) */
static inline const json_value *json_first(const json_value *v)
{
    return v && (v->type == JSON_ARRAY || v->type == JSON_OBJECT) ? v->first : NULL;
}

#endif
