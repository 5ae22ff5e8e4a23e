/* decode_prescan.c - HTML Standard 13.2.3.2: "prescan a byte stream to
 * determine its encoding" with its "get an attribute" algorithm, and
 * "extracting a character encoding from a meta element" (2.7.x, used for
 * http-equiv content values and for transport Content-Type strings).
 *
 * How far to scan is the user agent's choice; the standard encourages 1024
 * bytes.  pith reads up to 16 KiB: html5lib's encoding tests expect a
 * <meta> after 8 KB of comments and scripts to count, Chromium keeps
 * honouring a <meta> until the body starts, and real pages put large
 * inline styles and scripts before it.  Reaching the end of the window
 * anywhere aborts the scan with no answer, as an unfinished tag cannot be
 * trusted.  Attribute names and values keep their first 1024 bytes; a
 * longer one cannot name an encoding anyway. */
#include <stdbool.h>
#include <string.h>

#include "../../core/ascii.h"
#include "decode.h"

enum {
    PRESCAN_WINDOW = 16 * 1024,
    PRESCAN_FIELD = 1024,
    XML_DECLARATION_WINDOW = 1024,
};

typedef struct prescan {
    const unsigned char *s;
    size_t n;   /* window length */
    size_t pos; /* the standard's "position" */
} prescan;

typedef struct attribute {
    char name[PRESCAN_FIELD + 1];
    size_t name_len;
    char value[PRESCAN_FIELD + 1];
    size_t value_len;
} attribute;

enum { ATTR_NONE = 0, ATTR_FOUND = 1, ATTR_END = -1 };

static bool is_space_or_slash(unsigned c) { return ascii_is_space(c) || c == '/'; }

static bool has_prefix_nocase(const prescan *p, const char *lit)
{
    size_t n = strlen(lit);
    if (p->n - p->pos < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (ascii_lower(p->s[p->pos + i]) != (unsigned char)lit[i])
            return false;
    return true;
}

static void push(char *buf, size_t *len, unsigned c)
{
    if (*len < PRESCAN_FIELD)
        buf[(*len)++] = (char)ascii_lower(c);
}

/* "Get an attribute": ATTR_FOUND with name/value, ATTR_NONE at '>' (the
 * position is left on it), ATTR_END when the window ends first. */
static int get_attribute(prescan *p, attribute *a)
{
    const unsigned char *s = p->s;
    while (p->pos < p->n && is_space_or_slash(s[p->pos]))
        p->pos++;
    if (p->pos >= p->n)
        return ATTR_END;
    if (s[p->pos] == '>')
        return ATTR_NONE;
    a->name_len = a->value_len = 0;
    /* The name. */
    for (;; p->pos++) {
        if (p->pos >= p->n)
            return ATTR_END;
        unsigned c = s[p->pos];
        if (c == '=' && a->name_len > 0) {
            p->pos++;
            goto value;
        }
        if (ascii_is_space(c))
            break;
        if (c == '/' || c == '>')
            return ATTR_FOUND;
        push(a->name, &a->name_len, c);
    }
    /* Spaces after the name. */
    while (p->pos < p->n && ascii_is_space(s[p->pos]))
        p->pos++;
    if (p->pos >= p->n)
        return ATTR_END;
    if (s[p->pos] != '=')
        return ATTR_FOUND;
    p->pos++;
value:
    while (p->pos < p->n && ascii_is_space(s[p->pos]))
        p->pos++;
    if (p->pos >= p->n)
        return ATTR_END;
    unsigned c = s[p->pos];
    if (c == '"' || c == '\'') {
        unsigned quote = c;
        for (p->pos++;; p->pos++) {
            if (p->pos >= p->n)
                return ATTR_END;
            if (s[p->pos] == quote) {
                p->pos++;
                return ATTR_FOUND;
            }
            push(a->value, &a->value_len, s[p->pos]);
        }
    }
    if (c == '>')
        return ATTR_FOUND;
    push(a->value, &a->value_len, c);
    for (p->pos++;; p->pos++) {
        if (p->pos >= p->n)
            return ATTR_END;
        c = s[p->pos];
        if (ascii_is_space(c) || c == '>')
            return ATTR_FOUND;
        push(a->value, &a->value_len, c);
    }
}

static long find_nocase(const char *s, size_t n, size_t from, const char *lit)
{
    size_t m = strlen(lit);
    for (size_t i = from; i + m <= n; i++) {
        size_t k = 0;
        while (k < m && ascii_lower((unsigned char)s[i + k]) == (unsigned char)lit[k])
            k++;
        if (k == m)
            return (long)i;
    }
    return -1;
}

const char *html_encoding_from_content_type(slice content)
{
    const char *s = content.ptr;
    size_t n = content.len, pos = 0;
    for (;;) {
        long at = find_nocase(s, n, pos, "charset");
        if (at < 0)
            return NULL;
        pos = (size_t)at + 7;
        while (pos < n && ascii_is_space((unsigned char)s[pos]))
            pos++;
        if (pos >= n || s[pos] != '=')
            continue; /* "charset" not followed by '=': look further */
        pos++;
        while (pos < n && ascii_is_space((unsigned char)s[pos]))
            pos++;
        if (pos >= n)
            return NULL;
        char c = s[pos];
        if (c == '"' || c == '\'') {
            const char *close = memchr(s + pos + 1, c, n - pos - 1);
            if (!close)
                return NULL; /* unmatched quote */
            return html_encoding_for_label(slice_make(s + pos + 1, (size_t)(close - s) - pos - 1));
        }
        size_t end = pos;
        while (end < n && !ascii_is_space((unsigned char)s[end]) && s[end] != ';')
            end++;
        return html_encoding_for_label(slice_make(s + pos, end - pos));
    }
}

/* The <meta> branch: collects the attributes and decides.  Returns the
 * encoding, or NULL to go on scanning (the position is then left where the
 * attributes ended). */
static const char *meta_encoding(prescan *p, attribute *a, bool *ended)
{
    bool seen_http_equiv = false, seen_content = false, seen_charset = false;
    bool got_pragma = false;
    int need_pragma = -1; /* the standard's null / false / true */
    const char *charset = NULL; /* NULL with charset_set: the standard's failure */
    bool charset_set = false;
    for (;;) {
        int r = get_attribute(p, a);
        if (r == ATTR_END) {
            *ended = true;
            return NULL;
        }
        if (r == ATTR_NONE)
            break;
        slice name = slice_make(a->name, a->name_len);
        slice value = slice_make(a->value, a->value_len);
        /* Only these three names matter, so only their first occurrence is
         * tracked (the standard ignores any repeated attribute). */
        if (slice_eq_cstr(name, "http-equiv")) {
            if (seen_http_equiv)
                continue;
            seen_http_equiv = true;
            if (slice_eq_cstr(value, "content-type"))
                got_pragma = true;
        } else if (slice_eq_cstr(name, "content")) {
            if (seen_content)
                continue;
            seen_content = true;
            const char *enc = html_encoding_from_content_type(value);
            if (enc && !charset_set) {
                charset = enc;
                charset_set = true;
                need_pragma = 1;
            }
        } else if (slice_eq_cstr(name, "charset")) {
            if (seen_charset)
                continue;
            seen_charset = true;
            charset = html_encoding_for_label(value);
            charset_set = true;
            need_pragma = 0;
        }
    }
    if (need_pragma < 0 || (need_pragma == 1 && !got_pragma) || !charset)
        return NULL;
    if (strcmp(charset, "UTF-16LE") == 0 || strcmp(charset, "UTF-16BE") == 0)
        return "UTF-8"; /* a document that can declare itself is not UTF-16 */
    if (strcmp(charset, "x-user-defined") == 0)
        return "windows-1252";
    return charset;
}

const char *html_prescan_encoding(const char *bytes, size_t len)
{
    prescan p = { (const unsigned char *)bytes, len < PRESCAN_WINDOW ? len : PRESCAN_WINDOW, 0 };
    attribute a;
    const unsigned char *s = p.s;
    for (; p.pos < p.n; p.pos++) {
        const unsigned char *lt = memchr(s + p.pos, '<', p.n - p.pos);
        if (!lt)
            return NULL;
        p.pos = (size_t)(lt - s);
        if (has_prefix_nocase(&p, "<!--")) {
            /* To the first '>' preceded by "--"; the dashes of "<!--" count. */
            size_t i = p.pos + 4;
            while (i < p.n && !(s[i] == '>' && s[i - 1] == '-' && s[i - 2] == '-'))
                i++;
            if (i >= p.n)
                return NULL;
            p.pos = i;
        } else if (has_prefix_nocase(&p, "<meta") && p.pos + 5 < p.n &&
                   is_space_or_slash(s[p.pos + 5])) {
            p.pos += 6;
            bool ended = false;
            const char *enc = meta_encoding(&p, &a, &ended);
            if (enc)
                return enc;
            if (ended)
                return NULL;
        } else if (p.pos + 1 < p.n &&
                   (ascii_is_alpha(s[p.pos + 1]) ||
                    (s[p.pos + 1] == '/' && p.pos + 2 < p.n && ascii_is_alpha(s[p.pos + 2])))) {
            while (p.pos < p.n && !ascii_is_space(s[p.pos]) && s[p.pos] != '>')
                p.pos++;
            int r;
            while ((r = get_attribute(&p, &a)) == ATTR_FOUND)
                ;
            if (r == ATTR_END)
                return NULL;
        } else if (p.pos + 1 < p.n &&
                   (s[p.pos + 1] == '!' || s[p.pos + 1] == '/' || s[p.pos + 1] == '?')) {
            const unsigned char *gt = memchr(s + p.pos + 1, '>', p.n - p.pos - 1);
            if (!gt)
                return NULL;
            p.pos = (size_t)(gt - s);
        }
    }
    return NULL;
}

const char *html_xml_declared_encoding(const char *bytes, size_t len)
{
    /* HTML Standard "get an XML encoding": an XHTML page served as HTML
     * often declares its encoding only in <?xml ... encoding="..."?>. */
    size_t n = len < XML_DECLARATION_WINDOW ? len : XML_DECLARATION_WINDOW;
    if (n < 5 || memcmp(bytes, "<?xml", 5) != 0)
        return NULL;
    const char *gt = memchr(bytes, '>', n);
    if (!gt)
        return NULL;
    size_t end = (size_t)(gt - bytes);
    long at = -1;
    for (size_t i = 5; i + 8 <= end; i++)
        if (memcmp(bytes + i, "encoding", 8) == 0) {
            at = (long)i;
            break;
        }
    if (at < 0)
        return NULL;
    size_t pos = (size_t)at + 8;
    while (pos < end && (unsigned char)bytes[pos] <= 0x20)
        pos++;
    if (pos >= end || bytes[pos] != '=')
        return NULL;
    pos++;
    while (pos < end && (unsigned char)bytes[pos] <= 0x20)
        pos++;
    if (pos >= end || (bytes[pos] != '"' && bytes[pos] != '\''))
        return NULL;
    char quote = bytes[pos++];
    const char *close = memchr(bytes + pos, quote, end - pos);
    if (!close)
        return NULL;
    const char *enc = html_encoding_for_label(slice_make(bytes + pos, (size_t)(close - bytes) - pos));
    if (enc && (strcmp(enc, "UTF-16LE") == 0 || strcmp(enc, "UTF-16BE") == 0))
        return "UTF-8";
    return enc;
}
