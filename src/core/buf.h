/* buf.h - a growable byte buffer on malloc, for output and for inputs whose
 * size is not known in advance.  Owned by whoever embeds it; buf_dispose()
 * releases it.  On allocation failure the buffer sets `failed` and ignores
 * further appends, so writers check once at the end. */
#ifndef PITH_CORE_BUF_H
#define PITH_CORE_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include "slice.h"

typedef struct buf {
    char *data;
    size_t len;
    size_t cap;
    bool failed;
} buf;

#define BUF_INIT ((buf){ NULL, 0, 0, false })

bool buf_reserve(buf *b, size_t extra);
void buf_append(buf *b, const void *p, size_t n);
static inline void buf_append_slice(buf *b, slice s) { buf_append(b, s.ptr, s.len); }
void buf_puts(buf *b, const char *s);
void buf_putc(buf *b, char c);
/* Appends a code point as UTF-8 (invalid ones become U+FFFD). */
void buf_put_utf8(buf *b, unsigned cp);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* NUL-terminates without counting the NUL in len. */
const char *buf_cstr(buf *b);
void buf_clear(buf *b);
void buf_dispose(buf *b);
/* Hands the bytes to the caller (free() them); the buffer becomes empty. */
char *buf_detach(buf *b, size_t *len);

#endif
