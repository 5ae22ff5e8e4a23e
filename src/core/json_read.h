/* json_read.h - private to the JSON reader (json.c, json_string.c,
 * json_number.c): the cursor over the input, and the readers of the two
 * scalar tokens that need more than a glance (strings and numbers). */
#ifndef PITH_CORE_JSON_READ_H
#define PITH_CORE_JSON_READ_H

#include "json.h"
#include "pith.h"

typedef struct json_reader {
    arena *a;
    const unsigned char *s;
    size_t len, pos;
    bool tolerant;
    json_error err; /* where and why the reading stopped */
} json_reader;

/* Records a syntax error at the current position. */
static inline int json_syntax(json_reader *p, const char *message)
{
    p->err.offset = p->pos;
    p->err.message = message;
    return PITH_EFORMAT;
}

/* The string whose opening quote is at p->pos, into *out: a slice of the
 * input when it holds no escape, else decoded into the arena.  Leaves
 * p->pos past the closing quote.  0, PITH_EFORMAT or PITH_ENOMEM. */
int json_read_string(json_reader *p, slice *out);

/* The number at p->pos into v->number (and its text into v->text).
 * 0 or PITH_EFORMAT. */
int json_read_number(json_reader *p, json_value *v);

#endif
