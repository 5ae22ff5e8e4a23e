/* read_file.c - see read_file.h.  One loop serves both readers; only the
 * call that fills the buffer differs. */
#include "read_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

/* Fills up to n bytes; returns the count, 0 at the end, < 0 on error. */
typedef long (*fill_fn)(void *source, char *into, size_t n);

static long fill_stdio(void *source, char *into, size_t n)
{
    size_t got = fread(into, 1, n, source);
    return got ? (long)got : ferror((FILE *)source) ? -1 : 0;
}

static long fill_gzip(void *source, char *into, size_t n)
{
    return gzread(source, into, (unsigned)n); /* plain files pass through */
}

static char *slurp(void *source, fill_fn fill, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap + 1);
    long got = 0;
    while (p && (got = fill(source, p + n, cap - n)) > 0) {
        n += (size_t)got;
        if (n == cap) {
            char *q = realloc(p, cap * 2 + 1);
            if (!q)
                break;
            p = q;
            cap *= 2;
        }
    }
    if (!p || got < 0 || n == cap) { /* n == cap: the buffer could not grow */
        free(p);
        return NULL;
    }
    p[n] = '\0';
    *len = n;
    return p;
}

char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *p = slurp(f, fill_stdio, len);
    fclose(f);
    return p;
}

char *read_file_gunzip(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return NULL;
    char *p = slurp(f, fill_gzip, len);
    gzclose(f);
    return p;
}
