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
 *  - A scratch buffer that must grow is replaced by a larger one and only
 *    the string under construction moves; finished strings stay where they
 *    are (arena memory is not reused within the page), so a tok_str holds a
 *    plain pointer and finished attributes are html_token_attr slices that
 *    the token hands out as they are.
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

/* A string under construction: an input range, or (copied) the end of a
 * scratch buffer. */
typedef struct tok_str {
    const char *ptr; /* "" while empty */
    size_t len;
    bool copied;
} tok_str;

/* Growable scratch memory from the arena, reset per token. */
typedef struct tok_buf {
    char *data;
    size_t len, cap;
} tok_buf;

struct html_tokenizer {
    arena *a;
    const char *in;
    size_t len;
    size_t pos; /* offset of the current input character */
    tok_state state;
    size_t errors;
    size_t stream_errors, stream_scanned; /* see html_tok_error_count */
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

    /* Attributes of the current tag: attrs[0..attr_count) are kept; the one
     * in progress (attr_open) is attr_name/attr_value. */
    html_token_attr *attrs;
    uint32_t attr_count, attr_cap;
    tok_str attr_name, attr_value;
    bool attr_open, attr_dropped;
    /* Where the open attribute's scratch bytes start, to reclaim them when
     * it is a dropped duplicate. */
    const char *attr_mark_buf;
    size_t attr_mark;
    /* Hash set of kept attribute names once a tag has many (duplicate
     * checks stay linear overall on hostile tags). */
    uint32_t *attr_hash;
    uint32_t attr_hash_cap;   /* slots in use for this tag (0: none) */
    uint32_t attr_hash_alloc; /* slots allocated */

    /* Last start tag name (lowercase), for "appropriate end tag". */
    const char *last_start; /* into the input, or last_start_buf */
    size_t last_start_len, last_start_cap;
    char *last_start_buf;
    bool has_last_start;

    /* Recently seen short tag names (up to 8 bytes, zero-padded) and their
     * ids: most tags repeat, and this is cheaper than tag_lookup's hash. */
    uint64_t tag_cache_key[64];
    uint16_t tag_cache_id[64];

    /* Script data double-escape temporary buffer: only ever compared with
     * "script", so keep a few lowercase bytes and whether it overflowed. */
    char temp[8];
    uint8_t temp_len;
};

/* Character classes (bit flags per byte): letters and digits, and the
 * stop sets of the byte loops that scan names and unquoted values (the
 * text, quoted value and comment loops use tok_find4). */
enum {
    CC_SPACE = 1 << 0, /* TAB LF FF SPACE (CR handled separately) */
    CC_UPPER = 1 << 1, /* A-Z */
    CC_ALPHA = 1 << 2, /* A-Z a-z */
    CC_DIGIT = 1 << 3,
    CC_HEX = 1 << 4,
    CC_TAGNAME_STOP = 1 << 5,  /* space CR / > NUL upper */
    CC_ATTRNAME_STOP = 1 << 6, /* space CR / > = NUL upper " ' < */
    CC_UNQUOTED_STOP = 1 << 7, /* space CR & > NUL " ' < = ` */
};
extern const uint8_t html_tok_cc[256];

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
                                    uint8_t stop)
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

/* tokenizer.c: strings.  html_tok_str_append copies bytes after s (which
 * must be copied, at the end of b), growing b when needed. */
void html_tok_str_to_copy(html_tokenizer *t, tok_buf *b, tok_str *s);
void html_tok_str_append(html_tokenizer *t, tok_buf *b, tok_str *s, const char *p, size_t n);

/* Appends input bytes [at, at+n) to s: stays an input range when they are
 * adjacent to what s already holds. */
static inline void tok_str_add_input(html_tokenizer *t, tok_buf *b, tok_str *s, size_t at,
                                     size_t n)
{
    if (n == 0)
        return;
    if (!s->copied) {
        if (s->len == 0) {
            s->ptr = t->in + at;
            s->len = n;
            return;
        }
        if (s->ptr + s->len == t->in + at) {
            s->len += n;
            return;
        }
        html_tok_str_to_copy(t, b, s);
    }
    html_tok_str_append(t, b, s, t->in + at, n);
}
/* Appends bytes that are not the input's (decoded or replaced). */
static inline void tok_str_add_bytes(html_tokenizer *t, tok_buf *b, tok_str *s, const char *p,
                                     size_t n)
{
    if (!s->copied)
        html_tok_str_to_copy(t, b, s);
    html_tok_str_append(t, b, s, p, n);
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
static inline void tok_str_clear(tok_str *s) { *s = (tok_str){ "", 0, false }; }
static inline slice tok_str_slice(const tok_str *s) { return (slice){ s->ptr, s->len }; }

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
    TOK_ATTR_HASH_FIRST_CAP = 128, /* power of two > 2 * threshold */
};
_Static_assert((TOK_ATTR_HASH_FIRST_CAP & (TOK_ATTR_HASH_FIRST_CAP - 1)) == 0 &&
                   TOK_ATTR_HASH_FIRST_CAP > 2 * TOK_ATTR_HASH_THRESHOLD,
               "attribute hash probing masks with capacity - 1");
void html_tok_attr_grow(html_tokenizer *t);
void html_tok_attr_hash_add(html_tokenizer *t);
void html_tok_attr_check_duplicate_hashed(html_tokenizer *t);

/* The open attribute is complete: keep it, or reclaim the scratch bytes of
 * a dropped duplicate. */
static inline void tok_attr_finish(html_tokenizer *t)
{
    t->attr_open = false;
    if (t->attr_dropped) {
        /* The buffer may have been replaced while the attribute grew; then
         * the new one holds nothing but this attribute's bytes. */
        t->tagbuf.len = t->tagbuf.data == t->attr_mark_buf ? t->attr_mark : 0;
        return;
    }
    html_token_attr *at = &t->attrs[t->attr_count];
    at->name = tok_str_slice(&t->attr_name);
    at->value = tok_str_slice(&t->attr_value);
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
    tok_str_clear(&t->attr_name);
    tok_str_clear(&t->attr_value);
    t->attr_open = true;
    t->attr_dropped = false;
    t->attr_mark_buf = t->tagbuf.data;
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
    size_t n = t->attr_name.len;
    const char *p = t->attr_name.ptr;
    for (uint32_t i = 0; i < t->attr_count; i++) {
        const html_token_attr *o = &t->attrs[i];
        if (o->name.len != n)
            continue;
        const char *q = o->name.ptr;
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
