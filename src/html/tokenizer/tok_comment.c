/* tok_comment.c - markup declaration open, bogus comment and the comment
 * states (HTML Standard 13.2.5.41-52).
 *
 * Dashes and "<!" that the standard appends later ("append two U+002D
 * HYPHEN-MINUS characters") are appended as the input bytes they were, so
 * that the comment data stays a slice of the input in the usual case. */
#include <string.h>

#include "tok_internal.h"

static const unsigned char *bytes(const html_tokenizer *t)
{
    return (const unsigned char *)t->in;
}

static inline void add_input(html_tokenizer *t, size_t at, size_t n)
{
    tok_str_add_input(t, &t->tagbuf, &t->data, at, n);
}

static int emit_comment(html_tokenizer *t)
{
    t->state = ST_DATA;
    return html_tok_emit_current(t);
}

/* EOF inside a comment: emit it, then the end-of-file token. */
static int eof_in_comment(html_tokenizer *t, bool error)
{
    if (error)
        tok_error(t);
    t->state = ST_EOF;
    return html_tok_emit_current(t);
}

static bool lookahead(const html_tokenizer *t, const char *s, size_t n, bool nocase)
{
    if (t->len - t->pos < n)
        return false;
    const char *p = t->in + t->pos;
    if (!nocase)
        return memcmp(p, s, n) == 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)p[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != (unsigned char)s[i])
            return false;
    }
    return true;
}

/* Appends input bytes from t->pos up to the first of four to the data. */
static inline int scan_data(html_tokenizer *t, char c1, char c2, char c3, char c4)
{
    size_t s = t->pos, p = tok_find4(t->in, s, t->len, c1, c2, c3, c4);
    if (p > s)
        add_input(t, s, p - s);
    t->pos = p;
    return p < t->len ? bytes(t)[p] : TOK_EOF;
}

static inline void add_replacement(html_tokenizer *t)
{
    tok_error(t);
    tok_str_add_bytes(t, &t->tagbuf, &t->data, TOK_REPLACEMENT, 3);
    t->pos++;
}

int html_tok_run_comment(html_tokenizer *t)
{
    for (;;) {
        int c;
        switch (t->state) {
        case ST_MARKUP_DECLARATION_OPEN: {
            size_t lt = t->pos - 2;
            if (lookahead(t, "--", 2, false)) {
                t->pos += 2;
                html_tok_begin_comment(t, lt);
                t->state = ST_COMMENT_START;
            } else if (lookahead(t, "doctype", 7, true)) {
                t->pos += 7;
                html_tok_begin_doctype(t, lt);
                t->state = ST_DOCTYPE;
            } else if (lookahead(t, "[CDATA[", 7, false)) {
                t->pos += 7;
                if (t->cdata_allowed) {
                    t->state = ST_CDATA_SECTION;
                } else {
                    tok_error(t);
                    html_tok_begin_comment(t, lt);
                    add_input(t, t->pos - 7, 7);
                    t->state = ST_BOGUS_COMMENT;
                }
            } else {
                tok_error(t);
                html_tok_begin_comment(t, lt);
                t->state = ST_BOGUS_COMMENT;
            }
            break;
        }

        case ST_BOGUS_COMMENT:
            c = scan_data(t, '>', '\r', 0, 0);
            if (c == '>') {
                t->pos++;
                return emit_comment(t);
            } else if (c == '\r') {
                tok_str_add_current(t, &t->tagbuf, &t->data);
            } else if (c == 0) {
                add_replacement(t);
            } else {
                return eof_in_comment(t, false);
            }
            break;

        case ST_COMMENT_START:
            c = tok_peek(t);
            if (c == '-') {
                t->pos++;
                t->state = ST_COMMENT_START_DASH;
            } else if (c == '>') {
                tok_error(t);
                t->pos++;
                return emit_comment(t);
            } else {
                t->state = ST_COMMENT;
            }
            break;

        case ST_COMMENT_START_DASH:
            c = tok_peek(t);
            if (c == '-') {
                t->pos++;
                t->state = ST_COMMENT_END;
            } else if (c == '>') {
                tok_error(t);
                t->pos++;
                return emit_comment(t);
            } else if (c == TOK_EOF) {
                return eof_in_comment(t, true);
            } else {
                add_input(t, t->pos - 1, 1);
                t->state = ST_COMMENT;
            }
            break;

        case ST_COMMENT:
            c = scan_data(t, '<', '-', '\r', 0);
            if (c == '<') {
                add_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_COMMENT_LESS_THAN;
            } else if (c == '-') {
                t->pos++;
                t->state = ST_COMMENT_END_DASH;
            } else if (c == '\r') {
                tok_str_add_current(t, &t->tagbuf, &t->data);
            } else if (c == 0) {
                add_replacement(t);
            } else {
                return eof_in_comment(t, true);
            }
            break;

        case ST_COMMENT_LESS_THAN:
            c = tok_peek(t);
            if (c == '!') {
                add_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_COMMENT_LESS_THAN_BANG;
            } else if (c == '<') {
                add_input(t, t->pos, 1);
                t->pos++;
            } else {
                t->state = ST_COMMENT;
            }
            break;

        case ST_COMMENT_LESS_THAN_BANG:
            if (tok_peek(t) == '-') {
                t->pos++;
                t->state = ST_COMMENT_LESS_THAN_BANG_DASH;
            } else {
                t->state = ST_COMMENT;
            }
            break;

        case ST_COMMENT_LESS_THAN_BANG_DASH:
            if (tok_peek(t) == '-') {
                t->pos++;
                t->state = ST_COMMENT_LESS_THAN_BANG_DASH_DASH;
            } else {
                t->state = ST_COMMENT_END_DASH;
            }
            break;

        case ST_COMMENT_LESS_THAN_BANG_DASH_DASH:
            c = tok_peek(t);
            if (c != '>' && c != TOK_EOF)
                tok_error(t); /* nested-comment */
            t->state = ST_COMMENT_END;
            break;

        case ST_COMMENT_END_DASH:
            c = tok_peek(t);
            if (c == '-') {
                t->pos++;
                t->state = ST_COMMENT_END;
            } else if (c == TOK_EOF) {
                return eof_in_comment(t, true);
            } else {
                add_input(t, t->pos - 1, 1);
                t->state = ST_COMMENT;
            }
            break;

        case ST_COMMENT_END:
            c = tok_peek(t);
            if (c == '>') {
                t->pos++;
                return emit_comment(t);
            } else if (c == '!') {
                t->pos++;
                t->state = ST_COMMENT_END_BANG;
            } else if (c == '-') {
                add_input(t, t->pos - 2, 1);
                t->pos++;
            } else if (c == TOK_EOF) {
                return eof_in_comment(t, true);
            } else {
                add_input(t, t->pos - 2, 2);
                t->state = ST_COMMENT;
            }
            break;

        case ST_COMMENT_END_BANG:
            c = tok_peek(t);
            if (c == '-') {
                add_input(t, t->pos - 3, 3);
                t->pos++;
                t->state = ST_COMMENT_END_DASH;
            } else if (c == '>') {
                tok_error(t);
                t->pos++;
                return emit_comment(t);
            } else if (c == TOK_EOF) {
                return eof_in_comment(t, true);
            } else {
                add_input(t, t->pos - 3, 3);
                t->state = ST_COMMENT;
            }
            break;

        default: return 0;
        }
    }
}
