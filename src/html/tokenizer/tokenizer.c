/* tokenizer.c - the tokenizer's core (HTML Standard 13.2.5): creation, the
 * pull loop, token emission, scratch strings and attribute bookkeeping
 * (duplicate attributes are dropped, 13.2.5.33).  The states themselves
 * live in tok_data.c, tok_script.c, tok_tag.c, tok_comment.c, tok_doctype.c
 * and tok_charref.c. */
#include "tok_internal.h"

#include <stdint.h>
#include <string.h>

#include "../../core/ascii.h"
#include "../tag_ids.h"
#include "pith.h"

/* Byte classes for the scanning loops; a constant table, built by macros so
 * that it needs neither a generator nor start-up code. */
#define CC_IS_SPACE(c) ((c) == '\t' || (c) == '\n' || (c) == '\f' || (c) == ' ')
#define CC_IS_UPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define CC_IS_LOWER(c) ((c) >= 'a' && (c) <= 'z')
#define CC_IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define CC_ONE(c)                                                                              \
    ((CC_IS_SPACE(c) ? CC_SPACE : 0) | (CC_IS_UPPER(c) ? CC_UPPER : 0) |                      \
     (CC_IS_UPPER(c) || CC_IS_LOWER(c) ? CC_ALPHA : 0) | (CC_IS_DIGIT(c) ? CC_DIGIT : 0) |    \
     (CC_IS_DIGIT(c) || ((c) >= 'a' && (c) <= 'f') || ((c) >= 'A' && (c) <= 'F') ? CC_HEX    \
                                                                                  : 0) |      \
     (CC_IS_SPACE(c) || (c) == '\r' || (c) == '/' || (c) == '>' || (c) == 0 || CC_IS_UPPER(c) \
          ? CC_TAGNAME_STOP                                                                   \
          : 0) |                                                                              \
     (CC_IS_SPACE(c) || (c) == '\r' || (c) == '/' || (c) == '>' || (c) == '=' || (c) == 0 ||  \
              CC_IS_UPPER(c) || (c) == '"' || (c) == '\'' || (c) == '<'                       \
          ? CC_ATTRNAME_STOP                                                                  \
          : 0) |                                                                              \
     (CC_IS_SPACE(c) || (c) == '\r' || (c) == '&' || (c) == '>' || (c) == 0 || (c) == '"' ||  \
              (c) == '\'' || (c) == '<' || (c) == '=' || (c) == '`'                           \
          ? CC_UNQUOTED_STOP                                                                  \
          : 0))
#define CC_4(c) CC_ONE(c), CC_ONE((c) + 1), CC_ONE((c) + 2), CC_ONE((c) + 3)
#define CC_16(c) CC_4(c), CC_4((c) + 4), CC_4((c) + 8), CC_4((c) + 12)
#define CC_64(c) CC_16(c), CC_16((c) + 16), CC_16((c) + 32), CC_16((c) + 48)
const uint8_t html_tok_cc[256] = { CC_64(0), CC_64(64), CC_64(128), CC_64(192) };

enum {
    SCRATCH_MIN = 256,
};

html_tokenizer *html_tok_new(arena *a, const char *input, size_t len)
{
    html_tokenizer *t = arena_calloc(a, 1, sizeof *t);
    if (!t)
        return NULL;
    t->a = a;
    t->in = input ? input : "";
    t->len = input ? len : 0;
    t->state = ST_DATA;
    return t;
}

void html_tok_set_state(html_tokenizer *t, html_tok_state state)
{
    switch (state) {
    case HTML_TOK_DATA: t->state = ST_DATA; break;
    case HTML_TOK_RCDATA: t->state = ST_RCDATA; break;
    case HTML_TOK_RAWTEXT: t->state = ST_RAWTEXT; break;
    case HTML_TOK_SCRIPT_DATA: t->state = ST_SCRIPT_DATA; break;
    case HTML_TOK_PLAINTEXT: t->state = ST_PLAINTEXT; break;
    case HTML_TOK_CDATA_SECTION: t->state = ST_CDATA_SECTION; break;
    }
}

/* Remembers the last start tag's name (a copy: the token's scratch memory
 * is reused). */
static void set_last_start(html_tokenizer *t, const char *p, size_t n)
{
    if (n > t->last_start_cap) {
        size_t cap = n < 32 ? 32 : n;
        char *m = arena_alloc(t->a, cap);
        if (!m) {
            t->oom = true;
            return;
        }
        t->last_start_buf = m;
        t->last_start_cap = cap;
    }
    for (size_t i = 0; i < n; i++) /* names are short: no memcpy call */
        t->last_start_buf[i] = p[i];
    t->last_start = t->last_start_buf;
    t->last_start_len = n;
    t->has_last_start = true;
}

void html_tok_set_last_start_tag(html_tokenizer *t, slice name)
{
    set_last_start(t, name.ptr, name.len);
}

void html_tok_set_cdata_allowed(html_tokenizer *t, bool allowed) { t->cdata_allowed = allowed; }

/* The input stream's own parse errors (13.2.3.5): controls other than ASCII
 * whitespace and U+0000, noncharacters, and surrogates (which only WTF-8
 * test input holds).  They are counted on demand over the input consumed
 * so far rather than in the scanning loops, so the hot loops do not pay for
 * them (html_tok_error_count leaves them out).  Only ASCII controls and
 * the UTF-8 lead bytes C2 (C1 controls), ED (surrogates), EF (U+FDD0..
 * U+FDEF, U+FFFE, U+FFFF) and F0-F4 (the other planes' U+xFFFE, U+xFFFF)
 * can start one, and none of those is a continuation byte, so every
 * position can be judged on its own: 16 bytes at a time, looking closer
 * only at flagged lead bytes. */
static size_t lead_error(const unsigned char *in, size_t len, size_t i)
{
    unsigned b = in[i];
    unsigned b1 = i + 1 < len ? in[i + 1] : 0, b2 = i + 2 < len ? in[i + 2] : 0;
    unsigned b3 = i + 3 < len ? in[i + 3] : 0;
    if (b == 0xC2)
        return b1 >= 0x80 && b1 <= 0x9F;
    if (b == 0xED)
        return b1 >= 0xA0 && b1 <= 0xBF;
    if (b == 0xEF)
        return (b1 == 0xB7 && b2 >= 0x90 && b2 <= 0xAF) ||
               (b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF));
    if (b >= 0xF0 && b <= 0xF4)
        return (b1 & 0x0F) == 0x0F && b2 == 0xBF && (b3 == 0xBE || b3 == 0xBF);
    return 0;
}

static size_t ascii_error(unsigned b)
{
    return (b >= 0x01 && b <= 0x08) || b == 0x0B || (b >= 0x0E && b <= 0x1F) || b == 0x7F;
}

static size_t stream_errors(const unsigned char *in, size_t len, size_t from, size_t to)
{
    size_t n = 0, p = from;
#if defined(__SSE2__)
    const __m128i c1f = _mm_set1_epi8(0x1F), f0 = _mm_set1_epi8((char)0xF0);
    while (p + 16 <= to) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(in + p));
        __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(x, c1f), x);
        /* TAB LF FF CR and U+0000 are not errors here. */
        __m128i ws = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(0x09)),
                                  _mm_cmpeq_epi8(x, _mm_set1_epi8(0x0A)));
        ws = _mm_or_si128(ws, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(0x0C)),
                                           _mm_cmpeq_epi8(x, _mm_set1_epi8(0x0D))));
        ws = _mm_or_si128(ws, _mm_cmpeq_epi8(x, _mm_setzero_si128()));
        __m128i ctrl = _mm_or_si128(_mm_andnot_si128(ws, low),
                                    _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)));
        __m128i lead = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC2)),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xED))),
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xEF)),
                         _mm_cmpeq_epi8(_mm_max_epu8(x, f0), x)));
        unsigned cm = (unsigned)_mm_movemask_epi8(ctrl);
        unsigned lm = (unsigned)_mm_movemask_epi8(lead);
        n += (size_t)__builtin_popcount(cm);
        while (lm) {
            n += lead_error(in, len, p + (size_t)__builtin_ctz(lm));
            lm &= lm - 1;
        }
        p += 16;
    }
#endif
    for (; p < to; p++)
        n += in[p] < 0x80 ? ascii_error(in[p]) : lead_error(in, len, p);
    return n;
}

size_t html_tok_error_count(const html_tokenizer *t) { return t->errors; }

size_t html_tok_input_stream_error_count(const html_tokenizer *ct)
{
    /* Tokenizers are never const objects; the cache is logically const. */
    html_tokenizer *t = (html_tokenizer *)ct;
    size_t upto = t->state == ST_EOF ? t->len : t->pos;
    if (upto > t->stream_scanned) {
        t->stream_errors +=
            stream_errors((const unsigned char *)t->in, t->len, t->stream_scanned, upto);
        t->stream_scanned = upto;
    }
    return t->stream_errors;
}

/* ---- scratch strings ---- */

/* Makes room for `extra` bytes after s (copied, so at the end of b, or
 * empty).  A buffer that is too small is replaced by a larger one and only
 * s moves: finished strings keep pointing into the old one, which the
 * arena keeps until the page is done. */
static bool str_reserve(html_tokenizer *t, tok_buf *b, tok_str *s, size_t extra)
{
    if (b->cap - b->len >= extra)
        return true;
    size_t keep = s->copied ? s->len : 0;
    size_t need = keep + extra;
    /* Doubling: the next tokens then fit without replacing it again. */
    size_t cap = b->cap ? b->cap * 2 : SCRATCH_MIN;
    while (cap < need && cap <= SIZE_MAX / 4)
        cap *= 2;
    char *m = need >= keep && cap >= need ? arena_alloc(t->a, cap) : NULL;
    if (!m) {
        t->oom = true;
        return false;
    }
    if (keep) {
        memcpy(m, s->ptr, keep);
        s->ptr = m;
    }
    b->data = m;
    b->cap = cap;
    b->len = keep;
    return true;
}

void html_tok_str_append(html_tokenizer *t, tok_buf *b, tok_str *s, const char *p, size_t n)
{
    if (!str_reserve(t, b, s, n))
        return;
    if (s->len == 0)
        s->ptr = b->data + b->len;
    memcpy(b->data + b->len, p, n);
    b->len += n;
    s->len += n;
}

/* Moves an input-range string to the end of the scratch buffer so that
 * bytes that are not the input's can follow it. */
void html_tok_str_to_copy(html_tokenizer *t, tok_buf *b, tok_str *s)
{
    tok_str moved = { "", 0, true };
    if (s->len)
        html_tok_str_append(t, b, &moved, s->ptr, s->len);
    *s = moved;
}

/* ---- tokens ---- */

static void begin_token(html_tokenizer *t, html_token_type kind, size_t offset)
{
    t->kind = kind;
    t->token_offset = offset;
    t->tagbuf.len = 0;
    tok_str_clear(&t->name);
    tok_str_clear(&t->data);
    tok_str_clear(&t->system_id);
    t->self_closing = false;
    t->force_quirks = t->has_name = t->has_public_id = t->has_system_id = false;
    t->attr_count = 0;
    t->attr_open = false;
    t->attr_dropped = false;
    t->attr_hash_cap = 0;
}

void html_tok_begin_tag(html_tokenizer *t, html_token_type kind, size_t offset)
{
    begin_token(t, kind, offset);
}
void html_tok_begin_comment(html_tokenizer *t, size_t offset)
{
    begin_token(t, TOKEN_COMMENT, offset);
}
void html_tok_begin_doctype(html_tokenizer *t, size_t offset)
{
    begin_token(t, TOKEN_DOCTYPE, offset);
}

/* Writes every field of a token (no memset of the whole struct: tokens are
 * emitted millions of times a second). */
static inline void set_token(html_token *o, html_token_type type, size_t offset)
{
    o->type = type;
    o->tag = 0;
    o->self_closing = false;
    o->name = SLICE_EMPTY;
    o->attrs = NULL;
    o->attr_count = 0;
    o->data = SLICE_EMPTY;
    o->force_quirks = false;
    o->has_name = o->has_public_id = o->has_system_id = false;
    o->public_id = o->system_id = SLICE_EMPTY;
    o->offset = offset;
}

static void fill_run(html_tokenizer *t, html_token *o)
{
    set_token(o, TOKEN_CHARACTER, t->run_offset);
    o->data = tok_str_slice(&t->run);
}

int html_tok_emit_run(html_tokenizer *t)
{
    if (t->run.len == 0)
        return 0;
    fill_run(t, t->out);
    return 1;
}

int html_tok_emit_nul(html_tokenizer *t, size_t at)
{
    set_token(t->out, TOKEN_CHARACTER, at);
    t->out->data = slice_make(t->in + at, 1);
    return 1;
}

static uint16_t lookup_tag(html_tokenizer *t, const char *p, size_t n)
{
    if (n == 0 || n > 8)
        return (uint16_t)tag_lookup(p, n);
    /* Names never hold U+0000 (it became U+FFFD), so zero padding keeps
     * keys of different lengths apart; key 0 (empty slot) cannot occur. */
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++)
        k |= (uint64_t)(unsigned char)p[i] << (8 * i);
    size_t slot = (size_t)((k * 0x9E3779B97F4A7C15ull) >> 58);
    if (t->tag_cache_key[slot] == k)
        return t->tag_cache_id[slot];
    uint16_t id = (uint16_t)tag_lookup(p, n);
    t->tag_cache_key[slot] = k;
    t->tag_cache_id[slot] = id;
    return id;
}

static void fill_tag(html_tokenizer *t, html_token *o)
{
    if (t->attr_open)
        tok_attr_finish(t);
    o->name = tok_str_slice(&t->name);
    o->tag = lookup_tag(t, o->name.ptr, o->name.len);
    o->self_closing = t->self_closing;
    if (t->kind == TOKEN_END_TAG) {
        /* End tags keep no attributes (13.2.5.8: parse errors). */
        if (t->attr_count)
            tok_error(t);
        if (t->self_closing)
            tok_error(t);
        return;
    }
    if (t->attr_count) {
        o->attrs = t->attrs;
        o->attr_count = t->attr_count;
    }
    if (t->name.copied) {
        set_last_start(t, o->name.ptr, o->name.len);
    } else {
        /* A name that is a slice of the input stays valid: no copy. */
        t->last_start = o->name.ptr;
        t->last_start_len = o->name.len;
        t->has_last_start = true;
    }
}

int html_tok_emit_current(html_tokenizer *t)
{
    /* A pending character run goes first; this token waits behind it. */
    html_token *o = t->out;
    if (t->run.len) {
        fill_run(t, t->out);
        t->has_pending = true;
        o = &t->pending;
    }
    set_token(o, t->kind, t->token_offset);
    switch (t->kind) {
    case TOKEN_START_TAG:
    case TOKEN_END_TAG: fill_tag(t, o); break;
    case TOKEN_COMMENT: o->data = tok_str_slice(&t->data); break;
    case TOKEN_DOCTYPE:
        o->force_quirks = t->force_quirks;
        o->has_name = t->has_name;
        o->has_public_id = t->has_public_id;
        o->has_system_id = t->has_system_id;
        o->name = tok_str_slice(&t->name);
        o->public_id = tok_str_slice(&t->data);
        o->system_id = tok_str_slice(&t->system_id);
        break;
    case TOKEN_CHARACTER:
    case TOKEN_EOF: break;
    }
    return 1;
}

/* ---- attributes ---- */

static uint32_t hash_name(const char *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 16777619u;
    }
    return h;
}

static slice attr_name(const html_tokenizer *t, uint32_t i) { return t->attrs[i].name; }

static void hash_insert(html_tokenizer *t, uint32_t i)
{
    slice n = attr_name(t, i);
    uint32_t mask = t->attr_hash_cap - 1;
    for (uint32_t k = hash_name(n.ptr, n.len) & mask;; k = (k + 1) & mask) {
        if (t->attr_hash[k] == 0) {
            t->attr_hash[k] = i + 1;
            return;
        }
    }
}

/* (Re)builds the hash set for the kept attributes with room to spare.  The
 * allocation is reused across tags; only the slots in use are cleared. */
static void hash_rebuild(html_tokenizer *t, uint32_t cap)
{
    if (cap > t->attr_hash_alloc) {
        uint32_t *m = arena_alloc(t->a, (size_t)cap * sizeof *m);
        if (!m) {
            t->oom = true;
            return;
        }
        t->attr_hash = m;
        t->attr_hash_alloc = cap;
    }
    t->attr_hash_cap = cap;
    memset(t->attr_hash, 0, (size_t)cap * sizeof *t->attr_hash);
    for (uint32_t i = 0; i < t->attr_count; i++)
        hash_insert(t, i);
}

/* A kept attribute joins the hash set (tags with many attributes). */
void html_tok_attr_hash_add(html_tokenizer *t)
{
    uint32_t i = t->attr_count - 1;
    if (t->attr_hash_cap == 0 || t->attr_count * 2 > t->attr_hash_cap) {
        /* A power of two (probing masks with cap - 1), above twice the
         * threshold. */
        uint32_t cap = t->attr_hash_cap ? t->attr_hash_cap * 2 : TOK_ATTR_HASH_FIRST_CAP;
        hash_rebuild(t, cap);
    } else {
        hash_insert(t, i);
    }
}

void html_tok_attr_grow(html_tokenizer *t)
{
    uint32_t cap = t->attr_cap ? t->attr_cap * 2 : 16;
    html_token_attr *m = arena_alloc(t->a, (size_t)cap * sizeof *m);
    if (!m) {
        t->oom = true;
        return;
    }
    if (t->attr_count)
        memcpy(m, t->attrs, (size_t)t->attr_count * sizeof *m);
    t->attrs = m;
    t->attr_cap = cap;
}

void html_tok_attr_check_duplicate_hashed(html_tokenizer *t)
{
    if (t->oom)
        return;
    slice n = tok_str_slice(&t->attr_name);
    uint32_t mask = t->attr_hash_cap - 1;
    for (uint32_t k = hash_name(n.ptr, n.len) & mask; t->attr_hash[k]; k = (k + 1) & mask) {
        if (slice_eq(attr_name(t, t->attr_hash[k] - 1), n)) {
            tok_error(t);
            t->attr_dropped = true;
            return;
        }
    }
}

bool html_tok_appropriate_end_tag(const html_tokenizer *t, size_t at, size_t n)
{
    if (!t->has_last_start || n != t->last_start_len)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((char)ascii_lower((unsigned char)t->in[at + i]) != t->last_start[i])
            return false;
    return true;
}

/* ---- the pull loop ---- */

static int run_state(html_tokenizer *t)
{
    tok_state s = t->state;
    if (s <= ST_CDATA_SECTION_END)
        return html_tok_run_data(t);
    if (s <= ST_SCRIPT_DATA_DOUBLE_ESCAPE_END)
        return html_tok_run_script(t);
    if (s <= ST_SELF_CLOSING_START_TAG)
        return html_tok_run_tag(t);
    if (s <= ST_COMMENT_END_BANG)
        return html_tok_run_comment(t);
    if (s <= ST_BOGUS_DOCTYPE)
        return html_tok_run_doctype(t);
    t->kind = TOKEN_EOF;
    t->token_offset = t->len;
    return html_tok_emit_current(t);
}

int html_tok_next(html_tokenizer *t, html_token *out)
{
    /* The previous token is gone: its scratch can be reused. */
    tok_str_clear(&t->run);
    t->text.len = 0;
    if (t->has_pending) {
        *out = t->pending;
        t->has_pending = false;
        return t->oom ? PITH_ENOMEM : 0;
    }
    t->out = out;
    while (!run_state(t)) {
    }
    return t->oom ? PITH_ENOMEM : 0;
}
