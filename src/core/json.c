/* json.c - iterative JSON reader (RFC 8259) with a tolerant mode for
 * JSON-LD in pages, and the accessors of its tree.  See json.h for the
 * contract.  This file reads the structure (containers, members, literals);
 * strings and numbers are read in json_string.c and json_number.c.
 *
 * The parser keeps an explicit stack of open containers; after each value
 * it either closes containers or expects the next member, so nesting costs
 * heap (bounded by max_depth), never C stack. */
#include "json.h"

#include <string.h>

#include "ascii.h"
#include "json_read.h"

/* Skips whitespace and, when tolerant, comments and U+00A0. */
static void skip_space(json_reader *p)
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

static json_value *new_value(json_reader *p, json_type t)
{
    json_value *v = arena_calloc(p->a, 1, sizeof *v);
    if (v)
        v->type = t;
    return v;
}
static bool match_word(json_reader *p, const char *w)
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
static int parse_value(json_reader *p, json_value **out)
{
    if (p->pos >= p->len)
        return json_syntax(p, "unexpected end of input");
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
            return json_syntax(p, "unexpected character");
        v = new_value(p, JSON_STRING);
        if (!v)
            return PITH_ENOMEM;
        {
            int rc = json_read_string(p, &v->text);
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
            return json_syntax(p, "unexpected word");
        break;
    default:
        if (c != '-' && !ascii_is_digit(c))
            return json_syntax(p, "unexpected character");
        v = new_value(p, JSON_NUMBER);
        if (!v)
            return PITH_ENOMEM;
        {
            int rc = json_read_number(p, v);
            if (rc < 0)
                return rc;
        }
    }
    *out = v;
    return 0;
}

/* Reads an object member's name and colon.  Returns 1 when the object
 * closes instead (empty object, or a tolerated trailing comma). */
static int parse_key(json_reader *p, slice *key, bool first)
{
    skip_space(p);
    if (p->pos < p->len && p->s[p->pos] == '}' && (first || p->tolerant)) {
        p->pos++;
        return 1;
    }
    if (p->pos >= p->len)
        return json_syntax(p, "unexpected end of input");
    unsigned c = p->s[p->pos];
    if (c != '"' && !(c == '\'' && p->tolerant))
        return json_syntax(p, "expected a member name");
    int rc = json_read_string(p, key);
    if (rc < 0)
        return rc;
    skip_space(p);
    if (p->pos >= p->len || p->s[p->pos] != ':')
        return json_syntax(p, "expected ':'");
    p->pos++;
    return 0;
}

int json_parse(arena *a, const char *text, size_t len, unsigned flags, unsigned max_depth,
               json_value **out, json_error *err)
{
    json_reader p = { .a = a, .s = (const unsigned char *)(text ? text : ""), .len = text ? len : 0,
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
                json_syntax(&p, "nesting too deep");
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
                rc = json_syntax(&p, "unexpected end of input");
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
            rc = json_syntax(&p, top->type == JSON_OBJECT ? "expected ',' or '}'" : "expected ',' or ']'");
            goto done;
        }
    }
finished:
    skip_space(&p);
    if (p.pos < p.len && !p.tolerant) {
        rc = json_syntax(&p, "trailing characters");
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
