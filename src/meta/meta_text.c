/* meta_text.c - text helpers for metadata values: whitespace collapsing,
 * the few character references that leak into meta content and JSON-LD,
 * and loose title comparison. */
#include "meta_internal.h"

#include "../core/ascii.h"
#include "../core/buf.h"
#include "../core/swar.h"

static const struct {
    const char *name;
    unsigned cp;
} named_refs[] = {
    { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
    { "nbsp", 0xA0 }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "rsquo", 0x2019 },
    { "lsquo", 0x2018 }, { "rdquo", 0x201D }, { "ldquo", 0x201C }, { "hellip", 0x2026 },
    { "shy", 0xAD },
};

/* Decodes a reference at s[i] == '&'; returns its length or 0. */
static size_t decode_ref(slice s, size_t i, unsigned *cp)
{
    size_t j = i + 1;
    if (j < s.len && s.ptr[j] == '#') {
        j++;
        bool hex = j < s.len && (s.ptr[j] == 'x' || s.ptr[j] == 'X');
        if (hex)
            j++;
        unsigned v = 0;
        size_t d = 0;
        while (j < s.len && d < 7 && (hex ? ascii_is_hex((unsigned char)s.ptr[j])
                                          : ascii_is_digit((unsigned char)s.ptr[j]))) {
            unsigned c = (unsigned char)s.ptr[j];
            v = v * (hex ? 16 : 10) + (ascii_is_digit(c) ? c - '0' : ascii_lower(c) - 'a' + 10);
            j++, d++;
        }
        if (!d || j >= s.len || s.ptr[j] != ';' || v == 0 || v > 0x10FFFF ||
            (v >= 0xD800 && v < 0xE000))
            return 0;
        *cp = v;
        return j + 1 - i;
    }
    for (size_t k = 0; k < sizeof named_refs / sizeof *named_refs; k++) {
        size_t n = strlen(named_refs[k].name);
        if (j + n < s.len && memcmp(s.ptr + j, named_refs[k].name, n) == 0 && s.ptr[j + n] == ';') {
            *cp = named_refs[k].cp;
            return n + 2;
        }
    }
    return 0;
}

/* True when cleaning would leave `s` as it is: no reference, no control
 * character, no lead byte of U+00A0/U+00AD, no whitespace but single
 * spaces between words.  Most meta
 * content is so, and is copied without the byte-by-byte rewrite.  Eight
 * bytes are tested at a time (descriptions and keywords run long). */
static bool already_clean(slice s)
{
    if (s.len && (s.ptr[0] == ' ' || s.ptr[s.len - 1] == ' '))
        return false;
    size_t i = 0;
    for (; i + 8 <= s.len; i += 8) {
        uint64_t x = swar_load(s.ptr + i);
        uint64_t bad = swar_any_below(x, 0x20) | swar_bytes_equal(x, 0x7F) | swar_bytes_equal(x, '&') |
                       swar_bytes_equal(x, 0xC2);
        /* Two spaces in a row: neighbours within the eight (in either
         * byte order), or the first after a space. */
        uint64_t sp = swar_bytes_equal(x, ' ');
        if (bad || (sp & sp >> 8) || (i && s.ptr[i] == ' ' && s.ptr[i - 1] == ' '))
            return false;
    }
    for (; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i];
        if (c < 0x20 || c == 0x7F || c == '&' || c == 0xC2 || (c == ' ' && i > 0 && s.ptr[i - 1] == ' '))
            return false;
    }
    return true;
}

/* A byte cleaning copies as it is (everything but white space, control
 * characters, '&' and the lead byte of U+00A0 and U+00AD). */
static bool plain_byte(unsigned c)
{
    return c > ' ' && c != 0x7F && c != '&' && c != 0xC2;
}

slice meta_clean_text(arena *a, slice s)
{
    if (!s.ptr)
        return s;
    if (already_clean(s))
        return arena_slice_dup(a, s);
    buf b = BUF_INIT;
    bool space = false;
    for (size_t i = 0; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i], cp = 0;
        size_t n = 0;
        if (plain_byte(c)) {
            /* The run of plain bytes from here, copied at once. */
            size_t j = i + 1;
            while (j < s.len && plain_byte((unsigned char)s.ptr[j]))
                j++;
            if (space && b.len)
                buf_putc(&b, ' ');
            space = false;
            buf_append(&b, s.ptr + i, j - i);
            i = j - 1;
            continue;
        }
        if (c == '&' && (n = decode_ref(s, i, &cp))) {
            i += n - 1;
            if (cp == 0xA0 || ascii_is_space(cp)) {
                space = true;
                continue;
            }
            if (cp == 0xAD)
                continue; /* soft hyphen: a break point, not a character */
            if (space && b.len)
                buf_putc(&b, ' ');
            space = false;
            buf_put_utf8(&b, cp);
            continue;
        }
        if (ascii_is_space(c) || c == '\v' || (c == 0xC2 && i + 1 < s.len && (unsigned char)s.ptr[i + 1] == 0xA0)) {
            if (c == 0xC2)
                i++;
            space = true;
            continue;
        }
        if (c < 0x20 || c == 0x7F)
            continue;
        /* A soft hyphen (U+00AD) only marks where a word may break
         * ("Assis&shy;tance"); the reader sees the word whole. */
        if (c == 0xC2 && i + 1 < s.len && (unsigned char)s.ptr[i + 1] == 0xAD) {
            i++;
            continue;
        }
        if (space && b.len)
            buf_putc(&b, ' ');
        space = false;
        buf_putc(&b, (char)c);
    }
    slice out = b.failed ? slice_make(NULL, 0)
                         : arena_slice_dup(a, slice_make(b.data ? b.data : "", b.len));
    buf_dispose(&b);
    return out;
}

slice meta_node_text(arena *a, const dom_node *n, size_t max)
{
    return meta_node_text_ex(a, n, max, false);
}

slice meta_node_text_ex(arena *a, const dom_node *n, size_t max, bool spaced)
{
    buf b = BUF_INIT;
    const dom_node *c = n;
    while (c && b.len < max) {
        if (c != n && (dom_is(c, TAG_SCRIPT) || dom_is(c, TAG_STYLE) || dom_is(c, TAG_TEMPLATE))) {
            c = dom_next_skip(n, c); /* no visible text inside */
            continue;
        }
        if (c->type == DOM_TEXT)
            buf_append_slice(&b, c->u.text);
        else if (c->type == DOM_ELEMENT && (spaced || dom_is(c, TAG_BR) || dom_is(c, TAG_P) ||
                                            dom_is(c, TAG_DIV) || dom_is(c, TAG_LI)))
            buf_putc(&b, ' '); /* block boundaries separate words */
        c = dom_next(n, c);
    }
    slice raw = b.failed ? slice_make(NULL, 0) : slice_make(b.data ? b.data : "", b.len);
    slice out = raw.ptr ? meta_clean_text(a, raw) : raw;
    buf_dispose(&b);
    return out;
}

/* Next comparable character: letters and digits lowercased (ASCII), other
 * ASCII skipped; non-ASCII bytes compared as they are. */
static size_t next_key(slice s, size_t i, unsigned *c)
{
    while (i < s.len) {
        unsigned ch = (unsigned char)s.ptr[i];
        if (ascii_is_alnum(ch) || ch >= 0x80) {
            *c = ascii_lower(ch);
            return i + 1;
        }
        i++;
    }
    *c = 0;
    return i;
}

bool meta_text_similar(slice a, slice b)
{
    if (!a.ptr || !b.ptr)
        return false;
    size_t i = 0, j = 0;
    unsigned x, y;
    size_t n = 0;
    do {
        i = next_key(a, i, &x);
        j = next_key(b, j, &y);
        if (x != y)
            return false;
        n++;
    } while (x);
    return n > 1;
}

bool meta_text_contains(slice hay, slice needle)
{
    if (!hay.ptr || !needle.ptr)
        return false;
    unsigned first;
    if (!next_key(needle, 0, &first) || !first)
        return false;
    for (size_t s = 0; s < hay.len; s++) {
        size_t i = s, j = 0;
        unsigned x, y;
        for (;;) {
            j = next_key(needle, j, &y);
            if (!y)
                return true;
            i = next_key(hay, i, &x);
            if (x != y)
                break;
        }
    }
    return false;
}
