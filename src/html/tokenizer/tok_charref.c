/* tok_charref.c - character references (HTML Standard 13.2.5.72-80):
 * named (longest match in the generated table, with the legacy rule for
 * attribute values), ambiguous ampersand, decimal and hexadecimal numeric
 * references with the numeric character reference end state's fix-ups.
 *
 * The states consume no token boundaries, so they run as one function:
 * characters that are "flushed as consumed" go out as the input bytes they
 * are, keeping the target string a slice of the input. */
#include <string.h>

#include "../../core/utf8.h"
#include "entities.h"
#include "tok_internal.h"

/* Where the result goes: the character run, or the attribute value. */
static void add_input(html_tokenizer *t, bool attr, size_t at, size_t n)
{
    if (attr)
        tok_str_add_input(t, &t->tagbuf, &t->attr_value, at, n);
    else
        tok_run_input(t, at, n);
}

static void add_bytes(html_tokenizer *t, bool attr, const char *p, size_t n)
{
    if (attr)
        tok_str_add_bytes(t, &t->tagbuf, &t->attr_value, p, n);
    else
        tok_run_bytes(t, p, n);
}


/* The numeric character reference end state's table for 0x80-0x9F
 * (windows-1252 meanings); 0 where the code point stays. */
static const uint16_t c1_replacement[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static uint32_t numeric_end(html_tokenizer *t, uint32_t cp)
{
    if (cp == 0) {
        tok_error(t);
        return 0xFFFD;
    }
    if (cp > 0x10FFFF) {
        tok_error(t);
        return 0xFFFD;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
        tok_error(t);
        return 0xFFFD;
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
        tok_error(t); /* noncharacter: kept */
        return cp;
    }
    if (cp == 0x0D || (cp < 0x20 && cp != 0x09 && cp != 0x0A && cp != 0x0C) ||
        (cp >= 0x7F && cp <= 0x9F)) {
        tok_error(t);
        if (cp >= 0x80 && cp <= 0x9F && c1_replacement[cp - 0x80])
            return c1_replacement[cp - 0x80];
    }
    return cp;
}

static void numeric(html_tokenizer *t, bool attr, size_t amp)
{
    const unsigned char *in = (const unsigned char *)t->in;
    size_t p = t->pos; /* just past '#' */
    bool hex = p < t->len && (in[p] == 'x' || in[p] == 'X');
    if (hex)
        p++;
    size_t digits = p;
    uint32_t cp = 0;
    bool overflow = false;
    while (p < t->len) {
        unsigned c = in[p], v;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (hex && (html_tok_cc[c] & CC_HEX))
            v = (c | 0x20) - 'a' + 10;
        else
            break;
        if (!overflow) {
            cp = cp * (hex ? 16 : 10) + v;
            if (cp > 0x10FFFF)
                overflow = true;
        }
        p++;
    }
    if (p == digits) {
        /* absence-of-digits-in-numeric-character-reference: the "&#" or
         * "&#x" is text. */
        tok_error(t);
        add_input(t, attr, amp, p - amp);
        t->pos = p;
        return;
    }
    if (p < t->len && in[p] == ';')
        p++;
    else
        tok_error(t); /* missing-semicolon-after-character-reference */
    t->pos = p;
    char buf[4];
    size_t n = utf8_encode(numeric_end(t, overflow ? 0x110000 : cp), buf);
    add_bytes(t, attr, buf, n);
}

/* Exact lookup of in[0..n) among names starting with its first byte. */
static int exact_match(const char *in, size_t n)
{
    unsigned char c0 = (unsigned char)in[0];
    size_t a = html_entity_first[c0], b = html_entity_first[c0 + 1];
    while (a < b) {
        size_t m = (a + b) / 2;
        const html_entity *e = &html_entities[m];
        size_t k = e->name_len < n ? e->name_len : n;
        int d = memcmp(e->name, in, k);
        if (d == 0)
            d = (e->name_len > n) - (e->name_len < n);
        if (d == 0)
            return (int)m;
        if (d < 0)
            a = m + 1;
        else
            b = m;
    }
    return -1;
}

/* Longest entity name matching the input at t->pos; returns its index or
 * -1, and its length in *len.  A name ending in ';' cannot be extended, so
 * "alphanumerics;" found whole is the answer; otherwise the candidates are
 * narrowed one input byte at a time. */
static int longest_match(const html_tokenizer *t, size_t *len)
{
    const char *in = t->in + t->pos;
    size_t avail = t->len - t->pos;
    size_t run = 0;
    while (run < avail && run < HTML_ENTITY_MAX_NAME && tok_is_alnum((unsigned char)in[run]))
        run++;
    if (run < avail && in[run] == ';') {
        int e = exact_match(in, run + 1);
        if (e >= 0) {
            *len = run + 1;
            return e;
        }
    }
    unsigned char c0 = (unsigned char)in[0];
    size_t lo = html_entity_first[c0], hi = html_entity_first[c0 + 1], k = 1;
    int best = -1;
    while (k < avail && lo < hi) {
        unsigned char c = (unsigned char)in[k];
        /* Within [lo, hi) all names share the first k bytes and are sorted
         * by byte k (a name of length k, if any, comes first). */
        size_t a = lo, b = hi;
        while (a < b) {
            size_t m = (a + b) / 2;
            const html_entity *e = &html_entities[m];
            if (e->name_len <= k || (unsigned char)e->name[k] < c)
                a = m + 1;
            else
                b = m;
        }
        lo = a;
        b = hi;
        while (a < b) {
            size_t m = (a + b) / 2;
            if ((unsigned char)html_entities[m].name[k] <= c)
                a = m + 1;
            else
                b = m;
        }
        hi = a;
        k++;
        if (lo < hi && html_entities[lo].name_len == k) {
            best = (int)lo;
            *len = k;
        }
    }
    return best;
}

void html_tok_char_ref(html_tokenizer *t, bool attr)
{
    size_t amp = t->pos - 1;
    int c = tok_peek(t);
    if (c == '#') {
        t->pos++;
        numeric(t, attr, amp);
        return;
    }
    if (!tok_is_alnum(c)) {
        add_input(t, attr, amp, 1); /* the '&' alone */
        return;
    }
    size_t n = 0;
    int e = longest_match(t, &n);
    if (e >= 0) {
        const html_entity *ent = &html_entities[e];
        bool semicolon = ent->name[n - 1] == ';';
        int next = t->pos + n < t->len ? (unsigned char)t->in[t->pos + n] : TOK_EOF;
        if (attr && !semicolon && (next == '=' || tok_is_alnum(next))) {
            /* Legacy: "&amp=" and "&ampx" in attributes stay as written. */
            add_input(t, attr, amp, 1 + n);
            t->pos += n;
            return;
        }
        if (!semicolon)
            tok_error(t);
        add_bytes(t, attr, ent->value, ent->value_len);
        t->pos += n;
        return;
    }
    /* Ambiguous ampersand: the '&' and the alphanumerics are text; an
     * unknown name ending in ';' is an error. */
    size_t p = t->pos;
    while (p < t->len && tok_is_alnum((unsigned char)t->in[p]))
        p++;
    if (p < t->len && t->in[p] == ';')
        tok_error(t);
    add_input(t, attr, amp, p - amp);
    t->pos = p;
}
