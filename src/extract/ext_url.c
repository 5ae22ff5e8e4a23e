/* ext_url.c - RFC 3986 5.2 reference resolution, small: merge paths and
 * remove dot segments; no percent-decoding, no IDNA. */
#include "ext_url.h"

#include "../core/ascii.h"
#include "../core/buf.h"

static size_t scheme_len(slice s)
{
    size_t i = 0;
    if (!s.len || !ascii_is_alpha((unsigned char)s.ptr[0]))
        return 0;
    while (i < s.len && (ascii_is_alnum((unsigned char)s.ptr[i]) || s.ptr[i] == '+' ||
                         s.ptr[i] == '-' || s.ptr[i] == '.'))
        i++;
    return i < s.len && s.ptr[i] == ':' ? i + 1 : 0;
}

/* Appends `path` to `out` with "." and ".." segments removed. */
static void put_path(buf *out, const char *p, size_t n)
{
    size_t start = out->len;
    size_t i = 0;
    while (i < n) {
        size_t j = i + 1;
        while (j < n && p[j] != '/')
            j++;
        /* segment is p[i..j) including its leading '/' */
        size_t sl = j - i;
        if ((sl == 2 && p[i + 1] == '.') || (sl == 1 && p[i] == '.')) {
            if (j == n)
                buf_putc(out, '/');
        } else if (sl == 3 && p[i + 1] == '.' && p[i + 2] == '.') {
            while (out->len > start && out->data[out->len - 1] != '/')
                out->len--;
            if (out->len > start)
                out->len--;
            if (j == n)
                buf_putc(out, '/');
        } else {
            buf_append(out, p + i, sl);
        }
        i = j;
    }
}

slice ext_url_resolve(arena *a, slice base, slice ref)
{
    ref = slice_trim(ref);
    size_t bs = scheme_len(base);
    if (scheme_len(ref) || !bs)
        return arena_slice_dup(a, ref);
    buf out = BUF_INIT;
    /* base parts: scheme, authority end, path end (before ? or #) */
    size_t auth_end = bs;
    if (base.len >= bs + 2 && base.ptr[bs] == '/' && base.ptr[bs + 1] == '/') {
        auth_end = bs + 2;
        while (auth_end < base.len && !strchr("/?#", base.ptr[auth_end]))
            auth_end++;
    }
    size_t path_end = auth_end;
    while (path_end < base.len && base.ptr[path_end] != '?' && base.ptr[path_end] != '#')
        path_end++;
    size_t query_end = path_end;
    while (query_end < base.len && base.ptr[query_end] != '#')
        query_end++;

    if (ref.len >= 2 && ref.ptr[0] == '/' && ref.ptr[1] == '/') {
        buf_append(&out, base.ptr, bs);
        buf_append_slice(&out, ref);
    } else if (ref.len && ref.ptr[0] == '/') {
        buf_append(&out, base.ptr, auth_end);
        size_t pe = 0;
        while (pe < ref.len && ref.ptr[pe] != '?' && ref.ptr[pe] != '#')
            pe++;
        put_path(&out, ref.ptr, pe);
        buf_append(&out, ref.ptr + pe, ref.len - pe);
    } else if (!ref.len || ref.ptr[0] == '#') {
        buf_append(&out, base.ptr, query_end);
        buf_append_slice(&out, ref);
    } else if (ref.ptr[0] == '?') {
        buf_append(&out, base.ptr, path_end);
        buf_append_slice(&out, ref);
    } else {
        buf_append(&out, base.ptr, auth_end);
        /* merge: base path up to its last '/', then the reference path */
        size_t last = path_end;
        while (last > auth_end && base.ptr[last - 1] != '/')
            last--;
        buf tmp = BUF_INIT;
        if (last == auth_end)
            buf_putc(&tmp, '/');
        else
            buf_append(&tmp, base.ptr + auth_end, last - auth_end);
        size_t pe = 0;
        while (pe < ref.len && ref.ptr[pe] != '?' && ref.ptr[pe] != '#')
            pe++;
        buf_append(&tmp, ref.ptr, pe);
        if (!tmp.failed)
            put_path(&out, tmp.data, tmp.len);
        buf_dispose(&tmp);
        buf_append(&out, ref.ptr + pe, ref.len - pe);
    }
    slice r = out.failed ? slice_make(NULL, 0)
                         : arena_slice_dup(a, slice_make(out.data ? out.data : "", out.len));
    buf_dispose(&out);
    return r;
}
