/* tok_tag.c - tag states: tag open, end tag open, tag name, the attribute
 * states and self-closing start tag (HTML Standard 13.2.5.6-8, 32-40).
 *
 * Names are lowercased; a name without uppercase letters stays a slice of
 * the input, and so does an attribute value without character references,
 * CR or U+0000. */
#include "tok_internal.h"

static const unsigned char *bytes(const html_tokenizer *t)
{
    return (const unsigned char *)t->in;
}

static inline tok_attr *cur_attr(html_tokenizer *t) { return &t->attrs[t->attr_count]; }

/* Appends the current (uppercase ASCII) character lowercased. */
static inline void add_lower(html_tokenizer *t, tok_str *s)
{
    char l = (char)(t->in[t->pos] | 0x20);
    tok_str_add_bytes(t, &t->tagbuf, s, &l, 1);
    t->pos++;
}

static inline void add_replacement(html_tokenizer *t, tok_str *s)
{
    tok_error(t);
    tok_str_add_bytes(t, &t->tagbuf, s, TOK_REPLACEMENT, 3);
    t->pos++;
}

/* Appends input bytes from t->pos while they lack `stop` class; returns the
 * byte that stopped the scan (CR raw) or TOK_EOF. */
static inline int scan_into(html_tokenizer *t, tok_str *s, uint16_t stop)
{
    const unsigned char *in = bytes(t);
    size_t p = t->pos, n = t->len, st = p;
    while (p < n && !(html_tok_cc[in[p]] & stop))
        p++;
    if (p > st)
        tok_str_add_input(t, &t->tagbuf, s, st, p - st);
    t->pos = p;
    return p < n ? in[p] : TOK_EOF;
}

/* Skips ASCII whitespace (CR included); returns the next character. */
static inline int skip_space(html_tokenizer *t)
{
    const unsigned char *in = bytes(t);
    size_t p = t->pos, n = t->len;
    while (p < n && ((html_tok_cc[in[p]] & CC_SPACE) || in[p] == '\r'))
        p++;
    t->pos = p;
    return p < n ? in[p] : TOK_EOF;
}

static int emit_tag(html_tokenizer *t)
{
    t->state = ST_DATA;
    return html_tok_emit_current(t);
}

static int eof_in_tag(html_tokenizer *t)
{
    /* The tag is dropped. */
    tok_error(t);
    t->state = ST_EOF;
    return 0;
}

static inline bool is_space_or_cr(int c) { return tok_is_space(c) || c == '\r'; }

int html_tok_run_tag(html_tokenizer *t)
{
    for (;;) {
        int c;
        switch (t->state) {
        case ST_TAG_OPEN:
            c = tok_peek(t);
            if (tok_is_alpha(c)) {
                html_tok_begin_tag(t, TOKEN_START_TAG, t->pos - 1);
                t->state = ST_TAG_NAME;
            } else if (c == '!') {
                t->pos++;
                t->state = ST_MARKUP_DECLARATION_OPEN;
            } else if (c == '/') {
                t->pos++;
                t->state = ST_END_TAG_OPEN;
            } else if (c == '?') {
                tok_error(t);
                html_tok_begin_comment(t, t->pos - 1);
                t->state = ST_BOGUS_COMMENT;
            } else {
                tok_error(t);
                tok_run_input(t, t->pos - 1, 1);
                t->state = c == TOK_EOF ? ST_EOF : ST_DATA;
            }
            break;

        case ST_END_TAG_OPEN:
            c = tok_peek(t);
            if (tok_is_alpha(c)) {
                html_tok_begin_tag(t, TOKEN_END_TAG, t->pos - 2);
                t->state = ST_TAG_NAME;
            } else if (c == '>') {
                tok_error(t);
                t->pos++;
                t->state = ST_DATA;
            } else if (c == TOK_EOF) {
                tok_error(t);
                tok_run_input(t, t->pos - 2, 2);
                t->state = ST_EOF;
            } else {
                tok_error(t);
                html_tok_begin_comment(t, t->pos - 2);
                t->state = ST_BOGUS_COMMENT;
            }
            break;

        case ST_TAG_NAME:
            c = scan_into(t, &t->name, CC_TAGNAME_STOP);
            if (tok_is_upper(c)) {
                add_lower(t, &t->name);
            } else if (is_space_or_cr(c)) {
                tok_advance(t);
                t->state = ST_BEFORE_ATTRIBUTE_NAME;
            } else if (c == '/') {
                t->pos++;
                t->state = ST_SELF_CLOSING_START_TAG;
            } else if (c == '>') {
                t->pos++;
                return emit_tag(t);
            } else if (c == 0) {
                add_replacement(t, &t->name);
            } else {
                return eof_in_tag(t);
            }
            break;

        case ST_BEFORE_ATTRIBUTE_NAME:
            c = skip_space(t);
            if (c == '/' || c == '>' || c == TOK_EOF) {
                t->state = ST_AFTER_ATTRIBUTE_NAME;
            } else if (c == '=') {
                tok_error(t);
                html_tok_attr_start(t);
                if (t->oom)
                    return eof_in_tag(t);
                tok_str_add_input(t, &t->tagbuf, &cur_attr(t)->name, t->pos, 1);
                t->pos++;
                t->state = ST_ATTRIBUTE_NAME;
            } else {
                html_tok_attr_start(t);
                if (t->oom)
                    return eof_in_tag(t);
                t->state = ST_ATTRIBUTE_NAME;
            }
            break;

        case ST_ATTRIBUTE_NAME:
            c = scan_into(t, &cur_attr(t)->name, CC_ATTRNAME_STOP);
            if (tok_is_upper(c)) {
                add_lower(t, &cur_attr(t)->name);
            } else if (is_space_or_cr(c) || c == '/' || c == '>' || c == TOK_EOF) {
                html_tok_attr_check_duplicate(t);
                t->state = ST_AFTER_ATTRIBUTE_NAME;
            } else if (c == '=') {
                html_tok_attr_check_duplicate(t);
                t->pos++;
                t->state = ST_BEFORE_ATTRIBUTE_VALUE;
            } else if (c == 0) {
                add_replacement(t, &cur_attr(t)->name);
            } else { /* " ' < */
                tok_error(t);
                tok_str_add_input(t, &t->tagbuf, &cur_attr(t)->name, t->pos, 1);
                t->pos++;
            }
            break;

        case ST_AFTER_ATTRIBUTE_NAME:
            c = skip_space(t);
            if (c == '/') {
                t->pos++;
                t->state = ST_SELF_CLOSING_START_TAG;
            } else if (c == '=') {
                t->pos++;
                t->state = ST_BEFORE_ATTRIBUTE_VALUE;
            } else if (c == '>') {
                t->pos++;
                return emit_tag(t);
            } else if (c == TOK_EOF) {
                return eof_in_tag(t);
            } else {
                html_tok_attr_start(t);
                if (t->oom)
                    return eof_in_tag(t);
                t->state = ST_ATTRIBUTE_NAME;
            }
            break;

        case ST_BEFORE_ATTRIBUTE_VALUE:
            c = skip_space(t);
            if (c == '"') {
                t->pos++;
                t->state = ST_ATTRIBUTE_VALUE_DOUBLE_QUOTED;
            } else if (c == '\'') {
                t->pos++;
                t->state = ST_ATTRIBUTE_VALUE_SINGLE_QUOTED;
            } else if (c == '>') {
                tok_error(t);
                t->pos++;
                return emit_tag(t);
            } else {
                t->state = ST_ATTRIBUTE_VALUE_UNQUOTED;
            }
            break;

        case ST_ATTRIBUTE_VALUE_DOUBLE_QUOTED:
        case ST_ATTRIBUTE_VALUE_SINGLE_QUOTED: {
            bool dq = t->state == ST_ATTRIBUTE_VALUE_DOUBLE_QUOTED;
            tok_str *v = &cur_attr(t)->value;
            c = scan_into(t, v, dq ? CC_DQ_STOP : CC_SQ_STOP);
            if (c == (dq ? '"' : '\'')) {
                t->pos++;
                t->state = ST_AFTER_ATTRIBUTE_VALUE_QUOTED;
            } else if (c == '&') {
                t->pos++;
                html_tok_char_ref(t, true);
            } else if (c == '\r') {
                tok_str_add_current(t, &t->tagbuf, v);
            } else if (c == 0) {
                add_replacement(t, v);
            } else {
                return eof_in_tag(t);
            }
            break;
        }

        case ST_ATTRIBUTE_VALUE_UNQUOTED: {
            tok_str *v = &cur_attr(t)->value;
            c = scan_into(t, v, CC_UNQUOTED_STOP);
            if (is_space_or_cr(c)) {
                tok_advance(t);
                t->state = ST_BEFORE_ATTRIBUTE_NAME;
            } else if (c == '&') {
                t->pos++;
                html_tok_char_ref(t, true);
            } else if (c == '>') {
                t->pos++;
                return emit_tag(t);
            } else if (c == 0) {
                add_replacement(t, v);
            } else if (c == TOK_EOF) {
                return eof_in_tag(t);
            } else { /* " ' < = ` */
                tok_error(t);
                tok_str_add_input(t, &t->tagbuf, v, t->pos, 1);
                t->pos++;
            }
            break;
        }

        case ST_AFTER_ATTRIBUTE_VALUE_QUOTED:
            c = tok_peek(t);
            if (tok_is_space(c)) {
                tok_advance(t);
                t->state = ST_BEFORE_ATTRIBUTE_NAME;
            } else if (c == '/') {
                t->pos++;
                t->state = ST_SELF_CLOSING_START_TAG;
            } else if (c == '>') {
                t->pos++;
                return emit_tag(t);
            } else if (c == TOK_EOF) {
                return eof_in_tag(t);
            } else {
                tok_error(t);
                t->state = ST_BEFORE_ATTRIBUTE_NAME;
            }
            break;

        case ST_SELF_CLOSING_START_TAG:
            c = tok_peek(t);
            if (c == '>') {
                t->self_closing = true;
                t->pos++;
                return emit_tag(t);
            } else if (c == TOK_EOF) {
                return eof_in_tag(t);
            } else {
                tok_error(t);
                t->state = ST_BEFORE_ATTRIBUTE_NAME;
            }
            break;

        default: return 0;
        }
    }
}
