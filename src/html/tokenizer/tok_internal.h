/* tok_internal.h - the tokenizer's state, shared by the per-family state
 * files (tok_data.c, tok_tag.c, tok_comment.c, tok_doctype.c, tok_script.c,
 * tok_charref.c) and the core (tokenizer.c).
 *
 * Design (HTML Standard 13.2.5):
 *  - The input is read in place.  The "preprocessing the input stream" step
 *    (CR LF -> LF, lone CR -> LF) happens as characters are consumed:
 *    tok_peek() reports a CR as LF and tok_advance() skips the LF of a pair.
 *  - Strings being built (character runs, tag and attribute names, attribute
 *    values, comment data, DOCTYPE fields) are tok_str: a range of the input
 *    as long as what was appended is exactly the next input bytes, copied
 *    into a scratch buffer only once something else (a decoded character
 *    reference, U+FFFD, LF for CR, a lowercased letter) is appended.
 *  - Bytes >= 0x80 never change the state of the machine, so UTF-8
 *    sequences go through byte by byte untouched.
 *  - Each family function runs states of its family until it emits a token
 *    (returns 1) or moves to a state of another family (returns 0).
 *  - Allocation failure is sticky (t->oom) so that state code stays simple;
 *    html_tok_next reports it. */
#ifndef PITH_HTML_TOK_INTERNAL_H
#define PITH_HTML_TOK_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tokenizer.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Every state of 13.2.5, in the standard's order, grouped by family. */
typedef enum tok_state {
    /* tok_data.c */
    ST_DATA,
    ST_RCDATA,
    ST_RAWTEXT,
    ST_PLAINTEXT,
    ST_RCDATA_LESS_THAN,
    ST_RCDATA_END_TAG_OPEN,
    ST_RAWTEXT_LESS_THAN,
    ST_RAWTEXT_END_TAG_OPEN,
    ST_CDATA_SECTION,
    ST_CDATA_SECTION_BRACKET,
    ST_CDATA_SECTION_END,
    /* tok_script.c */
    ST_SCRIPT_DATA,
    ST_SCRIPT_DATA_LESS_THAN,
    ST_SCRIPT_DATA_END_TAG_OPEN,
    ST_SCRIPT_DATA_ESCAPE_START,
    ST_SCRIPT_DATA_ESCAPE_START_DASH,
    ST_SCRIPT_DATA_ESCAPED,
    ST_SCRIPT_DATA_ESCAPED_DASH,
    ST_SCRIPT_DATA_ESCAPED_DASH_DASH,
    ST_SCRIPT_DATA_ESCAPED_LESS_THAN,
    ST_SCRIPT_DATA_ESCAPED_END_TAG_OPEN,
    ST_SCRIPT_DATA_DOUBLE_ESCAPE_START,
    ST_SCRIPT_DATA_DOUBLE_ESCAPED,
    ST_SCRIPT_DATA_DOUBLE_ESCAPED_DASH,
    ST_SCRIPT_DATA_DOUBLE_ESCAPED_DASH_DASH,
    ST_SCRIPT_DATA_DOUBLE_ESCAPED_LESS_THAN,
    ST_SCRIPT_DATA_DOUBLE_ESCAPE_END,
    /* tok_tag.c */
    ST_TAG_OPEN,
    ST_END_TAG_OPEN,
    ST_TAG_NAME,
    ST_BEFORE_ATTRIBUTE_NAME,
    ST_ATTRIBUTE_NAME,
    ST_AFTER_ATTRIBUTE_NAME,
    ST_BEFORE_ATTRIBUTE_VALUE,
    ST_ATTRIBUTE_VALUE_DOUBLE_QUOTED,
    ST_ATTRIBUTE_VALUE_SINGLE_QUOTED,
    ST_ATTRIBUTE_VALUE_UNQUOTED,
    ST_AFTER_ATTRIBUTE_VALUE_QUOTED,
    ST_SELF_CLOSING_START_TAG,
    /* tok_comment.c */
    ST_BOGUS_COMMENT,
    ST_MARKUP_DECLARATION_OPEN,
    ST_COMMENT_START,
    ST_COMMENT_START_DASH,
    ST_COMMENT,
    ST_COMMENT_LESS_THAN,
    ST_COMMENT_LESS_THAN_BANG,
    ST_COMMENT_LESS_THAN_BANG_DASH,
    ST_COMMENT_LESS_THAN_BANG_DASH_DASH,
    ST_COMMENT_END_DASH,
    ST_COMMENT_END,
    ST_COMMENT_END_BANG,
    /* tok_doctype.c */
    ST_DOCTYPE,
    ST_BEFORE_DOCTYPE_NAME,
    ST_DOCTYPE_NAME,
    ST_AFTER_DOCTYPE_NAME,
    ST_AFTER_DOCTYPE_PUBLIC_KEYWORD,
    ST_BEFORE_DOCTYPE_PUBLIC_IDENTIFIER,
    ST_DOCTYPE_PUBLIC_IDENTIFIER_DOUBLE_QUOTED,
    ST_DOCTYPE_PUBLIC_IDENTIFIER_SINGLE_QUOTED,
    ST_AFTER_DOCTYPE_PUBLIC_IDENTIFIER,
    ST_BETWEEN_DOCTYPE_PUBLIC_AND_SYSTEM_IDENTIFIERS,
    ST_AFTER_DOCTYPE_SYSTEM_KEYWORD,
    ST_BEFORE_DOCTYPE_SYSTEM_IDENTIFIER,
    ST_DOCTYPE_SYSTEM_IDENTIFIER_DOUBLE_QUOTED,
    ST_DOCTYPE_SYSTEM_IDENTIFIER_SINGLE_QUOTED,
    ST_AFTER_DOCTYPE_SYSTEM_IDENTIFIER,
    ST_BOGUS_DOCTYPE,
    /* tokenizer.c: emits the end-of-file token (forever). */
    ST_EOF,
} tok_state;

/* A string under construction: input range or scratch range. */
typedef struct tok_str {
    size_t start; /* input offset, or scratch offset when copied */
    size_t len;
    bool copied;
} tok_str;

/* Growable scratch memory from the arena, reset per token. */
typedef struct tok_buf {
    char *data;
    size_t len, cap;
} tok_buf;

typedef struct tok_attr {
    tok_str name, value;
} tok_attr;

struct html_tokenizer {
    arena *a;
    const char *in;
    size_t len;
    size_t pos; /* offset of the current input character */
    tok_state state;
    size_t errors;
    bool cdata_allowed;
    bool oom;

    html_token *out; /* where the current html_tok_next call writes */
    bool has_pending;  /* a token waits behind the character run just emitted */
    html_token pending;

    /* The character run being accumulated (scratch: text). */
    tok_str run;
    size_t run_offset;
    tok_buf text;

    /* The tag, comment or DOCTYPE being built (scratch: tagbuf). */
    html_token_type kind;
    size_t token_offset;
    tok_buf tagbuf;
    tok_str name;      /* tag name, DOCTYPE name */
    tok_str data;      /* comment data, DOCTYPE public id */
    tok_str system_id; /* DOCTYPE system id */
    bool self_closing;
    bool force_quirks, has_name, has_public_id, has_system_id;

    /* Attributes of the current tag: attrs[0..attr_count) are kept; an
     * attribute in progress sits at attrs[attr_count] when attr_open. */
    tok_attr *attrs;
    uint32_t attr_count, attr_cap;
    bool attr_open, attr_dropped;
    size_t attr_mark; /* tagbuf length when the open attribute started */
    /* Hash set of kept attribute names once a tag has many (duplicate
     * checks stay linear overall on hostile tags). */
    uint32_t *attr_hash;
    uint32_t attr_hash_cap;   /* slots in use for this tag (0: none) */
    uint32_t attr_hash_alloc; /* slots allocated */
    html_token_attr *out_attrs;
    uint32_t out_attr_cap;

    /* Last start tag name (lowercase), for "appropriate end tag". */
    char *last_start;
    size_t last_start_len, last_start_cap;
    bool has_last_start;

    /* Script data double-escape temporary buffer: only ever compared with
     * "script", so keep a few lowercase bytes and whether it overflowed. */
    char temp[8];
    uint8_t temp_len;
};

/* Character classes for the scanning loops (bit flags per byte). */
enum {
    CC_SPACE = 1 << 0,  /* TAB LF FF SPACE (CR handled separately) */
    CC_UPPER = 1 << 1,  /* A-Z */
    CC_ALPHA = 1 << 2,  /* A-Z a-z */
    CC_DIGIT = 1 << 3,
    CC_HEX = 1 << 4,
    CC_DATA_STOP = 1 << 5,    /* < & CR NUL */
    CC_RAWTEXT_STOP = 1 << 6, /* < CR NUL */
    CC_TAGNAME_STOP = 1 << 7, /* space / > NUL CR upper */
    CC_ATTRNAME_STOP = 1 << 8, /* space / > = NUL CR upper " ' < */
    CC_DQ_STOP = 1 << 9,       /* " & NUL CR */
    CC_SQ_STOP = 1 << 10,      /* ' & NUL CR */
    CC_UNQUOTED_STOP = 1 << 11, /* space & > NUL CR " ' < = ` */
    CC_COMMENT_STOP = 1 << 12,  /* < - NUL CR */
    CC_BOGUS_STOP = 1 << 13,    /* > NUL CR */
    CC_ESCAPED_STOP = 1 << 14,  /* - < NUL CR */
};
extern const uint16_t html_tok_cc[256];

#define TOK_EOF (-1)

static inline bool tok_is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f';
}
static inline bool tok_is_alpha(int c) { return c >= 0 && (html_tok_cc[c] & CC_ALPHA); }
static inline bool tok_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline bool tok_is_alnum(int c)
{
    return c >= 0 && (html_tok_cc[c] & (CC_ALPHA | CC_DIGIT));
}

/* The offset of the first of four bytes at or after p (n when none): the
 * hot loops of the text, attribute value and comment states, 16 bytes at a
 * time where SSE2 is there (all x86-64). */
static inline size_t tok_find4(const char *in, size_t p, size_t n, char c1, char c2, char c3,
                               char c4)
{
#if defined(__SSE2__)
    const __m128i v1 = _mm_set1_epi8(c1), v2 = _mm_set1_epi8(c2);
    const __m128i v3 = _mm_set1_epi8(c3), v4 = _mm_set1_epi8(c4);
    while (p + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(in + p));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, v1), _mm_cmpeq_epi8(x, v2)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, v3), _mm_cmpeq_epi8(x, v4)));
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        if (mask)
            return p + (size_t)__builtin_ctz(mask);
        p += 16;
    }
#endif
    while (p < n) {
        char c = in[p];
        if (c == c1 || c == c2 || c == c3 || c == c4)
            return p;
        p++;
    }
    return n;
}

/* The offset of the first byte at or after p that is <= 0x20 (whitespace,
 * U+0000 and other controls), one of c1..c6, or with `upper` an ASCII
 * uppercase letter: the stops of names and unquoted values.  Controls other
 * than whitespace and U+0000 stop the SIMD loop but not the byte loop;
 * callers treat them as ordinary characters.  `stop` is the class of the
 * byte loop (the tail shorter than 16 bytes). */
static inline size_t tok_find_delim(const char *in, size_t p, size_t n, char c1, char c2,
                                    char c3, char c4, char c5, char c6, bool upper,
                                    uint16_t stop)
{
#if defined(__SSE2__)
    const __m128i sp = _mm_set1_epi8(0x20), a = _mm_set1_epi8('A'), z = _mm_set1_epi8(25);
    const __m128i v1 = _mm_set1_epi8(c1), v2 = _mm_set1_epi8(c2), v3 = _mm_set1_epi8(c3);
    const __m128i v4 = _mm_set1_epi8(c4), v5 = _mm_set1_epi8(c5), v6 = _mm_set1_epi8(c6);
    while (p + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(in + p));
        __m128i m = _mm_cmpeq_epi8(_mm_min_epu8(x, sp), x);
        m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, v1), _mm_cmpeq_epi8(x, v2)));
        m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, v3), _mm_cmpeq_epi8(x, v4)));
        m = _mm_or_si128(m, _mm_or_si128(_mm_cmpeq_epi8(x, v5), _mm_cmpeq_epi8(x, v6)));
        if (upper) {
            __m128i d = _mm_sub_epi8(x, a);
            m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_min_epu8(d, z), d));
        }
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        if (mask)
            return p + (size_t)__builtin_ctz(mask);
        p += 16;
    }
#else
    (void)c1, (void)c2, (void)c3, (void)c4, (void)c5, (void)c6, (void)upper;
#endif
    const unsigned char *u = (const unsigned char *)in;
    while (p < n && !(html_tok_cc[u[p]] & stop))
        p++;
    return p;
}

/* The current input character after preprocessing (CR reads as LF), or
 * TOK_EOF. */
static inline int tok_peek(const html_tokenizer *t)
{
    if (t->pos >= t->len)
        return TOK_EOF;
    int c = (unsigned char)t->in[t->pos];
    return c == '\r' ? '\n' : c;
}
/* Consumes the current character (a CR LF pair counts as one). */
static inline void tok_advance(html_tokenizer *t)
{
    if (t->pos >= t->len)
        return;
    if (t->in[t->pos] == '\r' && t->pos + 1 < t->len && t->in[t->pos + 1] == '\n')
        t->pos += 2;
    else
        t->pos++;
}
static inline void tok_error(html_tokenizer *t) { t->errors++; }

/* tokenizer.c: strings. */
void html_tok_str_to_copy(html_tokenizer *t, tok_buf *b, tok_str *s);
void html_tok_buf_append(html_tokenizer *t, tok_buf *b, const char *p, size_t n);

/* Appends input bytes [at, at+n) to s: stays an input range when they are
 * adjacent to what s already holds. */
static inline void tok_str_add_input(html_tokenizer *t, tok_buf *b, tok_str *s, size_t at,
                                     size_t n)
{
    if (n == 0)
        return;
    if (!s->copied) {
        if (s->len == 0) {
            s->start = at;
            s->len = n;
            return;
        }
        if (s->start + s->len == at) {
            s->len += n;
            return;
        }
        html_tok_str_to_copy(t, b, s);
    }
    html_tok_buf_append(t, b, t->in + at, n);
    s->len += n;
}
/* Appends bytes that are not the input's (decoded or replaced). */
static inline void tok_str_add_bytes(html_tokenizer *t, tok_buf *b, tok_str *s, const char *p,
                                     size_t n)
{
    if (!s->copied)
        html_tok_str_to_copy(t, b, s);
    html_tok_buf_append(t, b, p, n);
    s->len += n;
}
/* Appends the current input character (LF for a CR) and consumes it. */
static inline void tok_str_add_current(html_tokenizer *t, tok_buf *b, tok_str *s)
{
    if (t->in[t->pos] == '\r')
        tok_str_add_bytes(t, b, s, "\n", 1);
    else
        tok_str_add_input(t, b, s, t->pos, 1);
    tok_advance(t);
}
static inline void tok_str_clear(tok_str *s) { *s = (tok_str){ 0, 0, false }; }
static inline const char *tok_str_ptr(const html_tokenizer *t, const tok_buf *b,
                                      const tok_str *s)
{
    return s->copied ? b->data + s->start : t->in + s->start;
}

#define TOK_REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* The character run (character tokens). */
static inline void tok_run_input(html_tokenizer *t, size_t at, size_t n)
{
    if (t->run.len == 0)
        t->run_offset = at;
    tok_str_add_input(t, &t->text, &t->run, at, n);
}
static inline void tok_run_bytes(html_tokenizer *t, const char *p, size_t n)
{
    if (t->run.len == 0)
        t->run_offset = t->pos;
    tok_str_add_bytes(t, &t->text, &t->run, p, n);
}
/* Emits the current character as a character token and consumes it. */
static inline void tok_run_current(html_tokenizer *t)
{
    if (t->run.len == 0)
        t->run_offset = t->pos;
    tok_str_add_current(t, &t->text, &t->run);
}

/* tokenizer.c: tokens. */
void html_tok_begin_tag(html_tokenizer *t, html_token_type kind, size_t offset);
void html_tok_begin_comment(html_tokenizer *t, size_t offset);
void html_tok_begin_doctype(html_tokenizer *t, size_t offset);
/* Emits the tag/comment/DOCTYPE being built (after any pending character
 * run).  Returns 1, the family functions' "token ready". */
int html_tok_emit_current(html_tokenizer *t);
/* Emits the pending character run alone (when it is not empty); 1 if it
 * emitted something. */
int html_tok_emit_run(html_tokenizer *t);
/* Emits a one-byte U+0000 character token for input offset `at`. */
int html_tok_emit_nul(html_tokenizer *t, size_t at);
/* Attribute bookkeeping: inline fast paths, out-of-line rare cases. */
enum {
    /* Below this many kept attributes a linear duplicate check is cheapest;
     * above it a hash set keeps hostile tags (millions of attributes)
     * linear. */
    TOK_ATTR_HASH_THRESHOLD = 24,
};
void html_tok_attr_grow(html_tokenizer *t);
void html_tok_attr_hash_add(html_tokenizer *t);
void html_tok_attr_check_duplicate_hashed(html_tokenizer *t);

/* The open attribute is complete: keep it, or reclaim the scratch bytes of
 * a dropped duplicate. */
static inline void tok_attr_finish(html_tokenizer *t)
{
    t->attr_open = false;
    if (t->attr_dropped) {
        t->tagbuf.len = t->attr_mark;
        return;
    }
    if (++t->attr_count >= TOK_ATTR_HASH_THRESHOLD)
        html_tok_attr_hash_add(t);
}

/* "Start a new attribute in the current tag token". */
static inline void tok_attr_start(html_tokenizer *t)
{
    if (t->attr_open)
        tok_attr_finish(t);
    if (t->attr_count >= t->attr_cap) {
        html_tok_attr_grow(t);
        if (t->oom)
            return;
    }
    tok_attr *at = &t->attrs[t->attr_count];
    tok_str_clear(&at->name);
    tok_str_clear(&at->value);
    t->attr_open = true;
    t->attr_dropped = false;
    t->attr_mark = t->tagbuf.len;
}

/* "When the user agent leaves the attribute name state": a name already on
 * the token makes this attribute a duplicate, removed from the token. */
static inline void tok_attr_check_duplicate(html_tokenizer *t)
{
    if (t->attr_hash_cap) {
        html_tok_attr_check_duplicate_hashed(t);
        return;
    }
    const tok_attr *cur = &t->attrs[t->attr_count];
    size_t n = cur->name.len;
    const char *p = tok_str_ptr(t, &t->tagbuf, &cur->name);
    for (uint32_t i = 0; i < t->attr_count; i++) {
        const tok_attr *o = &t->attrs[i];
        if (o->name.len != n)
            continue;
        const char *q = tok_str_ptr(t, &t->tagbuf, &o->name);
        size_t k = 0;
        while (k < n && p[k] == q[k])
            k++;
        if (k == n) {
            tok_error(t);
            t->attr_dropped = true;
            return;
        }
    }
}
bool html_tok_appropriate_end_tag(const html_tokenizer *t, size_t at, size_t n);

/* tok_charref.c: consumes a character reference after '&' (t->pos is just
 * past it) and appends the result to the run or, when in_attribute, to the
 * current attribute's value (13.2.5.72-80). */
void html_tok_char_ref(html_tokenizer *t, bool in_attribute);

/* The families: 1 when a token is ready, 0 when the state moved to another
 * family. */
int html_tok_run_data(html_tokenizer *t);
int html_tok_run_script(html_tokenizer *t);
int html_tok_run_tag(html_tokenizer *t);
int html_tok_run_comment(html_tokenizer *t);
int html_tok_run_doctype(html_tokenizer *t);
/* tok_data.c: "</" + letters in RCDATA, RAWTEXT or script states. t->pos is
 * at the first letter, lt at the '<'.  Emits the end tag or the text and
 * sets the state; returns 1 when a token is ready. */
int html_tok_end_tag_in_text(html_tokenizer *t, size_t lt, tok_state text_state);

#endif
