/* url.c - RFC 3986 section 5.2 reference resolution with dot-segment
 * removal (5.2.4).  See url.h. */
#include "url.h"

#include "ascii.h"
#include "buf.h"

typedef struct url_parts {
    slice scheme, authority, path, query, fragment; /* ptr NULL when absent */
} url_parts;

bool url_has_scheme(slice s)
{
    if (!s.len || !ascii_is_alpha((unsigned char)s.ptr[0]))
        return false;
    for (size_t i = 1; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i];
        if (c == ':')
            return true;
        if (!ascii_is_alnum(c) && c != '+' && c != '-' && c != '.')
            return false;
    }
    return false;
}

/* Splits by the generic syntax (RFC 3986 appendix B). */
static url_parts split(slice s)
{
    url_parts u = { { NULL, 0 }, { NULL, 0 }, { NULL, 0 }, { NULL, 0 }, { NULL, 0 } };
    size_t i = 0, n = s.len;
    const char *p = s.ptr;
    if (url_has_scheme(s)) {
        while (p[i] != ':')
            i++;
        u.scheme = slice_make(p, i);
        i++;
    }
    if (i + 1 < n && p[i] == '/' && p[i + 1] == '/') {
        size_t a = i + 2, j = a;
        while (j < n && p[j] != '/' && p[j] != '?' && p[j] != '#')
            j++;
        u.authority = slice_make(p + a, j - a);
        i = j;
    }
    size_t j = i;
    while (j < n && p[j] != '?' && p[j] != '#')
        j++;
    u.path = slice_make(p + i, j - i);
    i = j;
    if (i < n && p[i] == '?') {
        j = i + 1;
        while (j < n && p[j] != '#')
            j++;
        u.query = slice_make(p + i + 1, j - i - 1);
        i = j;
    }
    if (i < n && p[i] == '#')
        u.fragment = slice_make(p + i + 1, n - i - 1);
    return u;
}

/* Appends `path` to `out` with "." and ".." segments removed (5.2.4). */
static void remove_dots(buf *out, slice path)
{
    size_t start = out->len;
    const char *p = path.ptr;
    size_t i = 0, n = path.len;
    while (i < n) {
        size_t j = i;
        if (p[j] == '/')
            j++;
        while (j < n && p[j] != '/')
            j++;
        /* Segment is p[i..j), including its leading slash if any. */
        slice seg = slice_make(p + i, j - i);
        bool slash = seg.len && seg.ptr[0] == '/';
        slice name = slash ? slice_make(seg.ptr + 1, seg.len - 1) : seg;
        bool last = j >= n;
        if (slice_eq_cstr(name, ".")) {
            if (last)
                buf_putc(out, '/');
        } else if (slice_eq_cstr(name, "..")) {
            while (out->len > start && out->data[out->len - 1] != '/')
                out->len--;
            if (out->len > start)
                out->len--; /* drop the last segment with its slash */
            if (last)
                buf_putc(out, '/');
        } else {
            buf_append_slice(out, seg);
        }
        i = j;
    }
}

slice url_resolve(arena *a, slice base, slice ref)
{
    ref = slice_trim(ref);
    base = slice_trim(base);
    url_parts r = split(ref), b = split(base);
    if (r.scheme.ptr || !b.scheme.ptr)
        return arena_slice_dup(a, ref);
    buf out = BUF_INIT;
    buf_append_slice(&out, b.scheme);
    buf_putc(&out, ':');
    if (r.authority.ptr) {
        buf_puts(&out, "//");
        buf_append_slice(&out, r.authority);
        remove_dots(&out, r.path);
        if (r.query.ptr) {
            buf_putc(&out, '?');
            buf_append_slice(&out, r.query);
        }
    } else {
        if (b.authority.ptr) {
            buf_puts(&out, "//");
            buf_append_slice(&out, b.authority);
        }
        if (!r.path.len) {
            buf_append_slice(&out, b.path);
            slice q = r.query.ptr ? r.query : b.query;
            if (q.ptr) {
                buf_putc(&out, '?');
                buf_append_slice(&out, q);
            }
        } else {
            if (r.path.ptr[0] == '/') {
                remove_dots(&out, r.path);
            } else {
                /* Merge (5.2.3): the base path up to its last slash. */
                buf merged = BUF_INIT;
                if (b.authority.ptr && !b.path.len) {
                    buf_putc(&merged, '/');
                } else {
                    size_t k = b.path.len;
                    while (k && b.path.ptr[k - 1] != '/')
                        k--;
                    buf_append(&merged, b.path.ptr, k);
                }
                buf_append_slice(&merged, r.path);
                if (merged.failed)
                    out.failed = true;
                else
                    remove_dots(&out, slice_make(merged.data, merged.len));
                buf_dispose(&merged);
            }
            if (r.query.ptr) {
                buf_putc(&out, '?');
                buf_append_slice(&out, r.query);
            }
        }
    }
    if (r.fragment.ptr) {
        buf_putc(&out, '#');
        buf_append_slice(&out, r.fragment);
    }
    slice s = out.failed ? slice_make(NULL, 0)
                         : arena_slice_dup(a, slice_make(out.data ? out.data : "", out.len));
    buf_dispose(&out);
    return s;
}

size_t url_path_offset(slice url, bool *has_host)
{
    long sch = url.ptr ? slice_find_nocase(url, "://") : -1;
    if (has_host)
        *has_host = sch >= 0;
    if (sch < 0)
        return 0;
    size_t i = (size_t)sch + 3;
    while (i < url.len && url.ptr[i] != '/')
        i++;
    return i;
}
