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

/* Appends input from t->pos up to `end` to s; returns the byte at `end`
 * (CR raw) or TOK_EOF. */
static inline int scan_delim(html_tokenizer *t, tok_str *s, size_t end)
{
    if (end > t->pos)
        tok_str_add_input(t, &t->tagbuf, s, t->pos, end - t->pos);
    t->pos = end;
    return end < t->len ? bytes(t)[end] : TOK_EOF;
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

/* Same-family transitions jump straight to the next state's code (no
 * dispatch through t->state), which keeps the common tag path branch-
 * predictable; t->state is kept current for when control leaves. */
#define GO(S)                                                                                  \
    do {                                                                                       \
        t->state = S;                                                                          \
        goto L_##S;                                                                            \
    } while (0)

int html_tok_run_tag(html_tokenizer *t)
{
    int c;
    tok_str *v;
    bool dq;
    switch (t->state) {
    case ST_TAG_OPEN: goto L_ST_TAG_OPEN;
    case ST_END_TAG_OPEN: goto L_ST_END_TAG_OPEN;
    case ST_TAG_NAME: goto L_ST_TAG_NAME;
    case ST_BEFORE_ATTRIBUTE_NAME: goto L_ST_BEFORE_ATTRIBUTE_NAME;
    case ST_ATTRIBUTE_NAME: goto L_ST_ATTRIBUTE_NAME;
    case ST_AFTER_ATTRIBUTE_NAME: goto L_ST_AFTER_ATTRIBUTE_NAME;
    case ST_BEFORE_ATTRIBUTE_VALUE: goto L_ST_BEFORE_ATTRIBUTE_VALUE;
    case ST_ATTRIBUTE_VALUE_DOUBLE_QUOTED: goto L_ST_ATTRIBUTE_VALUE_DOUBLE_QUOTED;
    case ST_ATTRIBUTE_VALUE_SINGLE_QUOTED: goto L_ST_ATTRIBUTE_VALUE_SINGLE_QUOTED;
    case ST_ATTRIBUTE_VALUE_UNQUOTED: goto L_ST_ATTRIBUTE_VALUE_UNQUOTED;
    case ST_AFTER_ATTRIBUTE_VALUE_QUOTED: goto L_ST_AFTER_ATTRIBUTE_VALUE_QUOTED;
    case ST_SELF_CLOSING_START_TAG: goto L_ST_SELF_CLOSING_START_TAG;
    default: return 0;
    }

L_ST_TAG_OPEN:
    c = tok_peek(t);
    if (tok_is_alpha(c)) {
        html_tok_begin_tag(t, TOKEN_START_TAG, t->pos - 1);
        GO(ST_TAG_NAME);
    }
    if (c == '!') {
        t->pos++;
        t->state = ST_MARKUP_DECLARATION_OPEN;
        return 0;
    }
    if (c == '/') {
        t->pos++;
        GO(ST_END_TAG_OPEN);
    }
    tok_error(t);
    if (c == '?') {
        html_tok_begin_comment(t, t->pos - 1);
        t->state = ST_BOGUS_COMMENT;
        return 0;
    }
    tok_run_input(t, t->pos - 1, 1);
    t->state = c == TOK_EOF ? ST_EOF : ST_DATA;
    return 0;

L_ST_END_TAG_OPEN:
    c = tok_peek(t);
    if (tok_is_alpha(c)) {
        html_tok_begin_tag(t, TOKEN_END_TAG, t->pos - 2);
        GO(ST_TAG_NAME);
    }
    tok_error(t);
    if (c == '>') {
        t->pos++;
        t->state = ST_DATA;
    } else if (c == TOK_EOF) {
        tok_run_input(t, t->pos - 2, 2);
        t->state = ST_EOF;
    } else {
        html_tok_begin_comment(t, t->pos - 2);
        t->state = ST_BOGUS_COMMENT;
    }
    return 0;

L_ST_TAG_NAME:
    c = scan_delim(t, &t->name, tok_find_delim(t->in, t->pos, t->len, '/', '>', '>', '>', '>', '>',
                                               true, CC_TAGNAME_STOP));
    if (c == '>') {
        t->pos++;
        return emit_tag(t);
    }
    if (is_space_or_cr(c)) {
        tok_advance(t);
        GO(ST_BEFORE_ATTRIBUTE_NAME);
    }
    if (tok_is_upper(c)) {
        add_lower(t, &t->name);
        GO(ST_TAG_NAME);
    }
    if (c == '/') {
        t->pos++;
        GO(ST_SELF_CLOSING_START_TAG);
    }
    if (c == 0) {
        add_replacement(t, &t->name);
        GO(ST_TAG_NAME);
    }
    if (c == TOK_EOF)
        return eof_in_tag(t);
    tok_str_add_input(t, &t->tagbuf, &t->name, t->pos, 1); /* a control */
    t->pos++;
    GO(ST_TAG_NAME);

L_ST_BEFORE_ATTRIBUTE_NAME:
    c = skip_space(t);
    if (c == '/' || c == '>' || c == TOK_EOF)
        GO(ST_AFTER_ATTRIBUTE_NAME);
    tok_attr_start(t);
    if (t->oom)
        return eof_in_tag(t);
    if (c == '=') {
        tok_error(t);
        tok_str_add_input(t, &t->tagbuf, &t->attr_name, t->pos, 1);
        t->pos++;
    }
    GO(ST_ATTRIBUTE_NAME);

L_ST_ATTRIBUTE_NAME:
    c = scan_delim(t, &t->attr_name, tok_find_delim(t->in, t->pos, t->len, '/', '>', '=', '"',
                                                         '\'', '<', true, CC_ATTRNAME_STOP));
    if (c == '=') {
        tok_attr_check_duplicate(t);
        t->pos++;
        GO(ST_BEFORE_ATTRIBUTE_VALUE);
    }
    if (is_space_or_cr(c) || c == '/' || c == '>' || c == TOK_EOF) {
        tok_attr_check_duplicate(t);
        GO(ST_AFTER_ATTRIBUTE_NAME);
    }
    if (tok_is_upper(c)) {
        add_lower(t, &t->attr_name);
    } else if (c == 0) {
        add_replacement(t, &t->attr_name);
    } else {
        if (c == '"' || c == '\'' || c == '<')
            tok_error(t);
        tok_str_add_input(t, &t->tagbuf, &t->attr_name, t->pos, 1);
        t->pos++;
    }
    GO(ST_ATTRIBUTE_NAME);

L_ST_AFTER_ATTRIBUTE_NAME:
    c = skip_space(t);
    if (c == '>') {
        t->pos++;
        return emit_tag(t);
    }
    if (c == '=') {
        t->pos++;
        GO(ST_BEFORE_ATTRIBUTE_VALUE);
    }
    if (c == '/') {
        t->pos++;
        GO(ST_SELF_CLOSING_START_TAG);
    }
    if (c == TOK_EOF)
        return eof_in_tag(t);
    tok_attr_start(t);
    if (t->oom)
        return eof_in_tag(t);
    GO(ST_ATTRIBUTE_NAME);

L_ST_BEFORE_ATTRIBUTE_VALUE:
    c = skip_space(t);
    if (c == '"') {
        t->pos++;
        GO(ST_ATTRIBUTE_VALUE_DOUBLE_QUOTED);
    }
    if (c == '\'') {
        t->pos++;
        GO(ST_ATTRIBUTE_VALUE_SINGLE_QUOTED);
    }
    if (c == '>') {
        tok_error(t);
        t->pos++;
        return emit_tag(t);
    }
    GO(ST_ATTRIBUTE_VALUE_UNQUOTED);

L_ST_ATTRIBUTE_VALUE_DOUBLE_QUOTED:
    dq = true;
    goto quoted;
L_ST_ATTRIBUTE_VALUE_SINGLE_QUOTED:
    dq = false;
quoted:
    v = &t->attr_value;
    {
        size_t st = t->pos;
        size_t p = tok_find4(t->in, st, t->len, dq ? '"' : '\'', '&', '\r', 0);
        if (p > st)
            tok_str_add_input(t, &t->tagbuf, v, st, p - st);
        t->pos = p;
        c = p < t->len ? bytes(t)[p] : TOK_EOF;
    }
    if (c == (dq ? '"' : '\'')) {
        t->pos++;
        GO(ST_AFTER_ATTRIBUTE_VALUE_QUOTED);
    }
    if (c == '&') {
        t->pos++;
        html_tok_char_ref(t, true);
    } else if (c == '\r') {
        tok_str_add_current(t, &t->tagbuf, v);
    } else if (c == 0) {
        add_replacement(t, v);
    } else {
        return eof_in_tag(t);
    }
    goto quoted;

L_ST_ATTRIBUTE_VALUE_UNQUOTED:
    v = &t->attr_value;
    c = scan_delim(t, v, tok_find_delim(t->in, t->pos, t->len, '&', '>', '"', '\'', '<', '=',
                                        false, CC_UNQUOTED_STOP));
    if (c == '`') {
        tok_error(t);
        tok_str_add_input(t, &t->tagbuf, v, t->pos, 1);
        t->pos++;
        GO(ST_ATTRIBUTE_VALUE_UNQUOTED);
    }
    if (is_space_or_cr(c)) {
        tok_advance(t);
        GO(ST_BEFORE_ATTRIBUTE_NAME);
    }
    if (c == '>') {
        t->pos++;
        return emit_tag(t);
    }
    if (c == '&') {
        t->pos++;
        html_tok_char_ref(t, true);
    } else if (c == 0) {
        add_replacement(t, v);
    } else if (c == TOK_EOF) {
        return eof_in_tag(t);
    } else {
        if (c == '"' || c == '\'' || c == '<' || c == '=')
            tok_error(t);
        tok_str_add_input(t, &t->tagbuf, v, t->pos, 1); /* or a control */
        t->pos++;
    }
    GO(ST_ATTRIBUTE_VALUE_UNQUOTED);

L_ST_AFTER_ATTRIBUTE_VALUE_QUOTED:
    c = tok_peek(t);
    if (tok_is_space(c)) {
        tok_advance(t);
        GO(ST_BEFORE_ATTRIBUTE_NAME);
    }
    if (c == '>') {
        t->pos++;
        return emit_tag(t);
    }
    if (c == '/') {
        t->pos++;
        GO(ST_SELF_CLOSING_START_TAG);
    }
    if (c == TOK_EOF)
        return eof_in_tag(t);
    tok_error(t);
    GO(ST_BEFORE_ATTRIBUTE_NAME);

L_ST_SELF_CLOSING_START_TAG:
    c = tok_peek(t);
    if (c == '>') {
        t->self_closing = true;
        t->pos++;
        return emit_tag(t);
    }
    if (c == TOK_EOF)
        return eof_in_tag(t);
    tok_error(t);
    GO(ST_BEFORE_ATTRIBUTE_NAME);
}
