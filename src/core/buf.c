/* buf.c - growable byte buffer. */
#include "buf.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool buf_reserve(buf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (extra > SIZE_MAX - b->len - 1) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void buf_append(buf *b, const void *p, size_t n)
{
    if (n == 0 || !buf_reserve(b, n))
        return;
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void buf_puts(buf *b, const char *s) { buf_append(b, s, strlen(s)); }

void buf_putc(buf *b, char c)
{
    if (b->len + 1 < b->cap) {
        b->data[b->len++] = c;
        return;
    }
    buf_append(b, &c, 1);
}

void buf_put_utf8(buf *b, unsigned cp)
{
    char out[4];
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    buf_append(b, out, utf8_encode(cp, out));
}

void buf_printf(buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if ((size_t)n < sizeof small) {
        buf_append(b, small, (size_t)n);
        return;
    }
    if (!buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

const char *buf_cstr(buf *b)
{
    if (!buf_reserve(b, 0))
        return "";
    b->data[b->len] = '\0';
    return b->data;
}

void buf_clear(buf *b)
{
    b->len = 0;
    b->failed = false;
}

void buf_dispose(buf *b)
{
    free(b->data);
    *b = BUF_INIT;
}

char *buf_detach(buf *b, size_t *len)
{
    buf_cstr(b);
    char *p = b->data;
    if (len)
        *len = b->len;
    if (b->failed) {
        free(p);
        p = NULL;
    }
    *b = BUF_INIT;
    return p;
}
