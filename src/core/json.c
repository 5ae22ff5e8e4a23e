/* json.c - iterative JSON reader (RFC 8259) with a tolerant mode for
 * JSON-LD in pages.  See json.h for the contract.
 *
 * The parser keeps an explicit stack of open containers; after each value
 * it either closes containers or expects the next member, so nesting costs
 * heap (bounded by max_depth), never C stack. */
#include "json.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "swar.h"
#include "pith.h"

typedef struct parser {
    arena *a;
    const unsigned char *s;
    size_t len, pos;
    bool tolerant;
    json_error err;
} parser;

static int syntax(parser *p, const char *message)
{
    p->err.offset = p->pos;
    p->err.message = message;
    return PITH_EFORMAT;
}

/* Skips whitespace and, when tolerant, comments and U+00A0. */
static void skip_space(parser *p)
{
    while (p->pos < p->len) {
        unsigned c = p->s[p->pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            p->pos++;
            continue;
        }
        if (!p->tolerant)
            return;
        if (c == '\f' || c == '\v') {
            p->pos++;
        } else if (c == 0xC2 && p->pos + 1 < p->len && p->s[p->pos + 1] == 0xA0) {
            p->pos += 2;
        } else if (c == '/' && p->pos + 1 < p->len && p->s[p->pos + 1] == '/') {
            while (p->pos < p->len && p->s[p->pos] != '\n' && p->s[p->pos] != '\r')
                p->pos++;
        } else if (c == '/' && p->pos + 1 < p->len && p->s[p->pos + 1] == '*') {
            size_t i = p->pos + 2;
            while (i + 1 < p->len && !(p->s[i] == '*' && p->s[i + 1] == '/'))
                i++;
            p->pos = i + 1 < p->len ? i + 2 : p->len;
        } else {
            return;
        }
    }
}

static json_value *new_value(parser *p, json_type t)
{
    json_value *v = arena_calloc(p->a, 1, sizeof *v);
    if (v)
        v->type = t;
    return v;
}

static int hex4(const unsigned char *s, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = s[i];
        if (!ascii_is_hex(c))
            return -1;
        v = v * 16 + (ascii_is_digit(c) ? c - '0' : ascii_lower(c) - 'a' + 10);
    }
    *out = v;
    return 0;
}

/* Generalised UTF-8: lone surrogates get their 3-byte form (WTF-8). */
static size_t put_utf8(unsigned char *o, unsigned cp)
{
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Parses the string starting at the opening quote into *out. */
static int parse_string(parser *p, slice *out)
{
    unsigned char quote = p->s[p->pos];
    size_t start = ++p->pos, i = start;
    bool escaped = false;
    /* First pass: find the end and whether decoding is needed.  Runs of
     * eight bytes that hold no quote, backslash or (strictly read)
     * control character are passed over at once. */
    for (;; i++) {
        while (i + 8 <= p->len) {
            uint64_t x = swar_load(p->s + i);
            if (swar_bytes_equal(x, quote) | swar_bytes_equal(x, '\\') |
                (p->tolerant ? 0 : swar_any_below(x, 0x20)))
                break;
            i += 8;
        }
        if (i >= p->len) {
            p->pos = start - 1;
            return syntax(p, "unterminated string");
        }
        unsigned c = p->s[i];
        if (c == quote)
            break;
        if (c == '\\') {
            escaped = true;
            i++;
        } else if (c < 0x20 && !p->tolerant) {
            p->pos = i;
            return syntax(p, "control character in string");
        }
    }
    size_t end = i;
    p->pos = end + 1;
    if (!escaped) {
        *out = slice_make((const char *)p->s + start, end - start);
        return 0;
    }
    /* Decoded text is never longer than its escaped source. */
    unsigned char *o = arena_alloc(p->a, end - start + 1);
    if (!o)
        return PITH_ENOMEM;
    size_t n = 0;
    for (i = start; i < end; i++) {
        unsigned c = p->s[i];
        if (c != '\\') {
            o[n++] = (unsigned char)c;
            continue;
        }
        c = p->s[++i];
        switch (c) {
        case '"': case '\\': case '/': o[n++] = (unsigned char)c; break;
        case 'b': o[n++] = '\b'; break;
        case 'f': o[n++] = '\f'; break;
        case 'n': o[n++] = '\n'; break;
        case 'r': o[n++] = '\r'; break;
        case 't': o[n++] = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            /* The four hex digits sit at i+1..i+4, before the quote. */
            if (i + 4 >= end || hex4(p->s + i + 1, &cp) < 0) {
                if (!p->tolerant) {
                    p->pos = i - 1;
                    return syntax(p, "bad \\u escape");
                }
                o[n++] = 'u';
                break;
            }
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < end && p->s[i + 1] == '\\' &&
                p->s[i + 2] == 'u' && hex4(p->s + i + 3, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            }
            n += put_utf8(o + n, cp);
            break;
        }
        default:
            if (!p->tolerant) {
                p->pos = i - 1;
                return syntax(p, "bad escape");
            }
            o[n++] = (unsigned char)c;
        }
    }
    o[n] = '\0';
    *out = slice_make((const char *)o, n);
    return 0;
}

/* Exact powers of ten representable in a double. */
static const double pow10_exact[] = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

static double scale10(double m, long e)
{
    if (e == 0)
        return m;
    if (e > 0 && e <= 22)
        return m * pow10_exact[e];
    if (e < 0 && e >= -22)
        return m / pow10_exact[-e];
    return m * pow(10.0, (double)e);
}

/* Parses a number by the JSON grammar, without the C locale (strtod would
 * read a comma as the decimal point under some locales). */
static int parse_number(parser *p, json_value *v)
{
    size_t start = p->pos, i = start;
    const unsigned char *s = p->s;
    bool neg = false;
    if (i < p->len && s[i] == '-') {
        neg = true;
        i++;
    }
    if (i >= p->len || !ascii_is_digit(s[i]))
        return syntax(p, "bad number");
    uint64_t mant = 0;
    long exp10 = 0;
    int digits = 0;
    if (s[i] == '0') {
        i++;
    } else {
        for (; i < p->len && ascii_is_digit(s[i]); i++) {
            if (digits < 19) {
                mant = mant * 10 + (s[i] - '0');
                if (mant)
                    digits++;
            } else {
                exp10++;
            }
        }
    }
    if (i < p->len && s[i] == '.') {
        i++;
        if (i >= p->len || !ascii_is_digit(s[i])) {
            p->pos = i;
            return syntax(p, "bad number");
        }
        for (; i < p->len && ascii_is_digit(s[i]); i++) {
            if (digits < 19) {
                mant = mant * 10 + (s[i] - '0');
                exp10--;
                if (mant)
                    digits++;
            }
        }
    }
    if (i < p->len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool eneg = false;
        if (i < p->len && (s[i] == '+' || s[i] == '-'))
            eneg = s[i++] == '-';
        if (i >= p->len || !ascii_is_digit(s[i])) {
            p->pos = i;
            return syntax(p, "bad exponent");
        }
        long e = 0;
        for (; i < p->len && ascii_is_digit(s[i]); i++)
            if (e < 100000)
                e = e * 10 + (s[i] - '0');
        exp10 += eneg ? -e : e;
    }
    double d = scale10((double)mant, exp10);
    v->number = neg ? -d : d;
    v->text = slice_make((const char *)s + start, i - start);
    p->pos = i;
    return 0;
}

static bool match_word(parser *p, const char *w)
{
    size_t n = strlen(w);
    if (p->len - p->pos < n || memcmp(p->s + p->pos, w, n) != 0)
        return false;
    p->pos += n;
    return true;
}

static void append_child(json_value *parent, json_value *child)
{
    if (parent->last)
        parent->last->next = child;
    else
        parent->first = child;
    parent->last = child;
    parent->count++;
}

/* Parses one value at p->pos; containers come back empty, for the caller
 * to push. */
static int parse_value(parser *p, json_value **out)
{
    if (p->pos >= p->len)
        return syntax(p, "unexpected end of input");
    unsigned c = p->s[p->pos];
    json_value *v;
    switch (c) {
    case '{':
    case '[':
        v = new_value(p, c == '{' ? JSON_OBJECT : JSON_ARRAY);
        if (!v)
            return PITH_ENOMEM;
        p->pos++;
        break;
    case '"':
    case '\'':
        if (c == '\'' && !p->tolerant)
            return syntax(p, "unexpected character");
        v = new_value(p, JSON_STRING);
        if (!v)
            return PITH_ENOMEM;
        {
            int rc = parse_string(p, &v->text);
            if (rc < 0)
                return rc;
        }
        break;
    case 't':
    case 'f':
    case 'n':
        v = new_value(p, c == 'n' ? JSON_NULL : JSON_BOOL);
        if (!v)
            return PITH_ENOMEM;
        v->boolean = c == 't';
        if (!match_word(p, c == 't' ? "true" : c == 'f' ? "false" : "null"))
            return syntax(p, "unexpected word");
        break;
    default:
        if (c != '-' && !ascii_is_digit(c))
            return syntax(p, "unexpected character");
        v = new_value(p, JSON_NUMBER);
        if (!v)
            return PITH_ENOMEM;
        {
            int rc = parse_number(p, v);
            if (rc < 0)
                return rc;
        }
    }
    *out = v;
    return 0;
}

/* Reads an object member's name and colon.  Returns 1 when the object
 * closes instead (empty object, or a tolerated trailing comma). */
static int parse_key(parser *p, slice *key, bool first)
{
    skip_space(p);
    if (p->pos < p->len && p->s[p->pos] == '}' && (first || p->tolerant)) {
        p->pos++;
        return 1;
    }
    if (p->pos >= p->len)
        return syntax(p, "unexpected end of input");
    unsigned c = p->s[p->pos];
    if (c != '"' && !(c == '\'' && p->tolerant))
        return syntax(p, "expected a member name");
    int rc = parse_string(p, key);
    if (rc < 0)
        return rc;
    skip_space(p);
    if (p->pos >= p->len || p->s[p->pos] != ':')
        return syntax(p, "expected ':'");
    p->pos++;
    return 0;
}

int json_parse(arena *a, const char *text, size_t len, unsigned flags, unsigned max_depth,
               json_value **out, json_error *err)
{
    parser p = { .a = a, .s = (const unsigned char *)(text ? text : ""), .len = text ? len : 0,
                 .tolerant = (flags & JSON_TOLERANT) != 0 };
    if (!max_depth)
        max_depth = JSON_DEFAULT_MAX_DEPTH;
    size_t cap = 16, depth = 0;
    json_value **stack = arena_alloc(a, cap * sizeof *stack);
    json_value *root = NULL;
    int rc = 0;
    if (!stack) {
        rc = PITH_ENOMEM;
        goto done;
    }
    if (p.len >= 3 && memcmp(p.s, "\xEF\xBB\xBF", 3) == 0)
        p.pos = 3;

    /* Each turn reads one value (with its member name inside objects),
     * then consumes separators and closing brackets until another value
     * is due. */
    for (;;) {
        slice key = { NULL, 0 };
        json_value *top = depth ? stack[depth - 1] : NULL;
        if (top && top->type == JSON_OBJECT) {
            rc = parse_key(&p, &key, top->count == 0);
            if (rc < 0)
                goto done;
            if (rc == 1) {
                rc = 0;
                depth--;
                goto after_value;
            }
        }
        skip_space(&p);
        if (top && top->type == JSON_ARRAY && p.pos < p.len && p.s[p.pos] == ']' &&
            (top->count == 0 || p.tolerant)) {
            p.pos++;
            depth--;
            goto after_value;
        }
        json_value *v;
        rc = parse_value(&p, &v);
        if (rc < 0)
            goto done;
        v->key = key;
        if (top)
            append_child(top, v);
        else
            root = v;
        if (v->type == JSON_ARRAY || v->type == JSON_OBJECT) {
            if (depth >= max_depth) {
                syntax(&p, "nesting too deep");
                rc = PITH_ELIMIT;
                goto done;
            }
            if (depth == cap) {
                json_value **grown = arena_realloc(a, stack, cap * sizeof *stack,
                                                   cap * 2 * sizeof *stack);
                if (!grown) {
                    rc = PITH_ENOMEM;
                    goto done;
                }
                stack = grown;
                cap *= 2;
            }
            stack[depth++] = v;
            continue;
        }
    after_value:
        /* Close containers until one expects another member. */
        for (;;) {
            if (depth == 0)
                goto finished;
            skip_space(&p);
            top = stack[depth - 1];
            unsigned close = top->type == JSON_OBJECT ? '}' : ']';
            if (p.pos >= p.len) {
                rc = syntax(&p, "unexpected end of input");
                goto done;
            }
            unsigned c = p.s[p.pos];
            if (c == ',') {
                p.pos++;
                break;
            }
            if (c == close) {
                p.pos++;
                depth--;
                continue;
            }
            rc = syntax(&p, top->type == JSON_OBJECT ? "expected ',' or '}'" : "expected ',' or ']'");
            goto done;
        }
    }
finished:
    skip_space(&p);
    if (p.pos < p.len && !p.tolerant) {
        rc = syntax(&p, "trailing characters");
        goto done;
    }
done:
    if (err)
        *err = rc < 0 ? p.err : (json_error){ 0, NULL };
    if (rc == PITH_ENOMEM && err)
        err->message = "out of memory";
    *out = rc < 0 ? NULL : root;
    return rc;
}

const json_value *json_get(const json_value *obj, const char *key)
{
    if (!json_is(obj, JSON_OBJECT))
        return NULL;
    size_t n = strlen(key);
    for (const json_value *c = obj->first; c; c = c->next)
        if (c->key.len == n && memcmp(c->key.ptr, key, n) == 0)
            return c;
    return NULL;
}

const json_value *json_at(const json_value *v, size_t i)
{
    const json_value *c = json_first(v);
    while (c && i--)
        c = c->next;
    return c;
}
