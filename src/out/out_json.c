/* out_json.c - one JSON object per input (RFC 8259), on one line.
 *
 * Every field is always present, null when unknown and [] for empty
 * lists, so consumers never test for a key.  Fields, in order: source,
 * url, title, authors, date_published, date_modified, date_source,
 * site_name, language, description, image, tags, categories, page_type,
 * confidence, text, lists ([{heading, items: [{title, url, date}]}]),
 * comments, encoding.
 *
 * Strings are valid UTF-8 whatever the bytes: an invalid sequence becomes
 * U+FFFD (as the Encoding Standard's UTF-8 decoder does, one per maximal
 * invalid subpart), control characters are escaped, and so are U+2028
 * and U+2029, which JavaScript string literals did not accept. */
#include <math.h>
#include <string.h>

#include "out.h"

static const char replacement[] = "\xEF\xBF\xBD";

/* Length of the valid UTF-8 sequence at p (1-4), or 0 when invalid;
 * *bad gets the length of the maximal invalid subpart to replace. */
static size_t utf8_sequence(const unsigned char *p, size_t n, size_t *bad)
{
    unsigned c = p[0];
    size_t need;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0; /* overlong */
        if (c == 0xED)
            hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F; /* above U+10FFFF */
    } else {
        *bad = 1;
        return 0;
    }
    for (size_t k = 1; k <= need; k++) {
        if (k >= n || p[k] < lo || p[k] > hi) {
            *bad = k;
            return 0;
        }
        lo = 0x80, hi = 0xBF;
    }
    return need + 1;
}

void out_json_string(slice s, buf *out)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s.ptr;
    size_t n = s.ptr ? s.len : 0, run = 0, i = 0;
    buf_putc(out, '"');
    while (i < n) {
        unsigned c = p[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            i++;
            continue;
        }
        buf_append(out, p + run, i - run);
        if (c < 0x80) {
            buf_putc(out, '\\');
            switch (c) {
            case '"': buf_putc(out, '"'); break;
            case '\\': buf_putc(out, '\\'); break;
            case '\n': buf_putc(out, 'n'); break;
            case '\r': buf_putc(out, 'r'); break;
            case '\t': buf_putc(out, 't'); break;
            case '\b': buf_putc(out, 'b'); break;
            case '\f': buf_putc(out, 'f'); break;
            default:
                buf_append(out, "u00", 3);
                buf_putc(out, hex[c >> 4]);
                buf_putc(out, hex[c & 15]);
            }
            i++;
        } else {
            size_t bad = 0, len = utf8_sequence(p + i, n - i, &bad);
            if (!len) {
                buf_append(out, replacement, 3);
                i += bad;
            } else if (len == 3 && c == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) {
                buf_puts(out, p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
                i += 3;
            } else {
                buf_append(out, p + i, len);
                i += len;
            }
        }
        run = i;
    }
    buf_append(out, p + run, n - run);
    buf_putc(out, '"');
}

static void put_key(buf *out, const char *key, bool first)
{
    if (!first)
        buf_putc(out, ',');
    buf_putc(out, '"');
    buf_puts(out, key);
    buf_append(out, "\":", 2);
}

/* A string, or null when unknown (ptr NULL). */
static void put_string(buf *out, slice s)
{
    if (s.ptr)
        out_json_string(s, out);
    else
        buf_puts(out, "null");
}

static void put_cstring(buf *out, const char *s)
{
    put_string(out, s ? slice_make(s, strlen(s)) : slice_make(NULL, 0));
}

static void put_list(buf *out, const meta_list *l)
{
    buf_putc(out, '[');
    for (size_t i = 0; l && i < l->count; i++) {
        if (i)
            buf_putc(out, ',');
        put_string(out, l->items[i].ptr ? l->items[i] : SLICE_EMPTY);
    }
    buf_putc(out, ']');
}

static void put_side_lists(buf *out, const ext_result *ext)
{
    buf_putc(out, '[');
    for (size_t i = 0; ext && i < ext->list_count; i++) {
        const ext_list *l = &ext->lists[i];
        if (i)
            buf_putc(out, ',');
        buf_putc(out, '{');
        put_key(out, "heading", true);
        put_string(out, l->heading);
        put_key(out, "items", false);
        buf_putc(out, '[');
        for (size_t k = 0; k < l->count; k++) {
            const ext_list_item *it = &l->items[k];
            if (k)
                buf_putc(out, ',');
            buf_putc(out, '{');
            put_key(out, "title", true);
            put_string(out, it->title.ptr ? it->title : SLICE_EMPTY);
            put_key(out, "url", false);
            put_string(out, it->url);
            put_key(out, "date", false);
            put_string(out, it->date);
            buf_putc(out, '}');
        }
        buf_append(out, "]}", 2);
    }
    buf_putc(out, ']');
}

void out_json(const out_record *rec, const char *source, buf *out)
{
    static const meta_info no_meta;
    const meta_info *m = rec && rec->meta ? rec->meta : &no_meta;
    const ext_result *ext = rec ? rec->ext : NULL;

    buf_putc(out, '{');
    put_key(out, "source", true);
    put_cstring(out, source);
    put_key(out, "url", false);
    put_string(out, m->url);
    put_key(out, "title", false);
    put_string(out, m->title);
    put_key(out, "authors", false);
    put_list(out, &m->authors);
    put_key(out, "date_published", false);
    put_string(out, m->date_published);
    put_key(out, "date_modified", false);
    put_string(out, m->date_modified);
    put_key(out, "date_source", false);
    put_cstring(out, m->date_source);
    put_key(out, "site_name", false);
    put_string(out, m->site_name);
    put_key(out, "language", false);
    put_string(out, m->language);
    put_key(out, "description", false);
    put_string(out, m->description);
    put_key(out, "image", false);
    put_string(out, m->image);
    put_key(out, "tags", false);
    put_list(out, &m->tags);
    put_key(out, "categories", false);
    put_list(out, &m->categories);
    put_key(out, "page_type", false);
    put_cstring(out, ext ? ext_page_type_name(ext->page_type) : NULL);
    put_key(out, "confidence", false);
    if (ext && isfinite(ext->confidence)) {
        /* By hand, not printf("%f"): a host program's LC_NUMERIC could
         * turn the decimal point into a comma. */
        double c = ext->confidence < 0 ? 0 : ext->confidence > 1 ? 1 : ext->confidence;
        long milli = lround(c * 1000);
        buf_printf(out, "%ld.%03ld", milli / 1000, milli % 1000);
    } else
        buf_puts(out, "null");

    put_key(out, "text", false);
    if (rec && rec->text.ptr) {
        out_json_string(rec->text, out);
    } else {
        buf text = BUF_INIT;
        out_text(ext ? ext->tree.root : NULL, &text);
        if (text.failed)
            out->failed = true;
        out_json_string(slice_make(text.data ? text.data : "", text.len), out);
        buf_dispose(&text);
    }

    put_key(out, "lists", false);
    put_side_lists(out, ext);

    put_key(out, "comments", false);
    if (ext && ext->comments) {
        buf text = BUF_INIT;
        out_text(ext->comments, &text);
        if (text.failed)
            out->failed = true;
        out_json_string(slice_make(text.data ? text.data : "", text.len), out);
        buf_dispose(&text);
    } else {
        buf_puts(out, "null");
    }
    put_key(out, "encoding", false);
    put_string(out, rec && rec->encoding.len ? rec->encoding : slice_make(NULL, 0));
    buf_putc(out, '}');
}

void out_json_error(const char *source, const char *message, buf *out)
{
    buf_putc(out, '{');
    put_key(out, "source", true);
    put_cstring(out, source);
    put_key(out, "error", false);
    put_cstring(out, message ? message : "error");
    buf_putc(out, '}');
}
