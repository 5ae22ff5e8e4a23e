/* tok_doctype.c - the DOCTYPE states (HTML Standard 13.2.5.53-68).
 * The name goes to t->name, the public identifier to t->data and the
 * system identifier to t->system_id. */
#include "tok_internal.h"

static int emit_doctype(html_tokenizer *t)
{
    t->state = ST_DATA;
    return html_tok_emit_current(t);
}

/* Error, force-quirks, and emit at once or after consuming '>'. */
static int quirks_emit(html_tokenizer *t, bool consume)
{
    tok_error(t);
    t->force_quirks = true;
    if (consume) {
        t->pos++;
        return emit_doctype(t);
    }
    t->state = ST_EOF;
    return html_tok_emit_current(t);
}

static int skip_space(html_tokenizer *t)
{
    int c;
    while (tok_is_space(c = tok_peek(t)))
        tok_advance(t);
    return c;
}

static bool keyword(const html_tokenizer *t, const char *kw)
{
    if (t->len - t->pos < 6)
        return false;
    for (size_t i = 0; i < 6; i++) {
        unsigned c = (unsigned char)t->in[t->pos + i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != (unsigned char)kw[i])
            return false;
    }
    return true;
}

static void add_char(html_tokenizer *t, tok_str *s, int c)
{
    if (c == 0) {
        tok_error(t);
        tok_str_add_bytes(t, &t->tagbuf, s, TOK_REPLACEMENT, 3);
        t->pos++;
    } else if (tok_is_upper(c) && s == &t->name) {
        char l = (char)(c + 32);
        tok_str_add_bytes(t, &t->tagbuf, s, &l, 1);
        t->pos++;
    } else {
        tok_str_add_current(t, &t->tagbuf, s);
    }
}

/* The quoted identifier states, public (t->data) or system. */
static int identifier(html_tokenizer *t, tok_str *s, int quote, tok_state after)
{
    for (;;) {
        int c = tok_peek(t);
        if (c == quote) {
            t->pos++;
            t->state = after;
            return 0;
        }
        if (c == '>')
            return quirks_emit(t, true);
        if (c == TOK_EOF)
            return quirks_emit(t, false);
        add_char(t, s, c);
    }
}

/* After a PUBLIC or SYSTEM keyword, or before either identifier: a quote
 * opens the identifier (an error when no whitespace came first). */
static int open_identifier(html_tokenizer *t, int c, bool public_id, bool need_space_error)
{
    if (c == '"' || c == '\'') {
        if (need_space_error)
            tok_error(t);
        if (public_id) {
            t->has_public_id = true;
            t->state = c == '"' ? ST_DOCTYPE_PUBLIC_IDENTIFIER_DOUBLE_QUOTED
                                : ST_DOCTYPE_PUBLIC_IDENTIFIER_SINGLE_QUOTED;
        } else {
            t->has_system_id = true;
            t->state = c == '"' ? ST_DOCTYPE_SYSTEM_IDENTIFIER_DOUBLE_QUOTED
                                : ST_DOCTYPE_SYSTEM_IDENTIFIER_SINGLE_QUOTED;
        }
        t->pos++;
        return 0;
    }
    if (c == '>')
        return quirks_emit(t, true);
    if (c == TOK_EOF)
        return quirks_emit(t, false);
    tok_error(t);
    t->force_quirks = true;
    t->state = ST_BOGUS_DOCTYPE;
    return 0;
}

int html_tok_run_doctype(html_tokenizer *t)
{
    for (;;) {
        int c;
        switch (t->state) {
        case ST_DOCTYPE:
            c = tok_peek(t);
            if (tok_is_space(c)) {
                tok_advance(t);
            } else if (c == TOK_EOF) {
                return quirks_emit(t, false);
            } else if (c != '>') {
                tok_error(t);
            }
            t->state = ST_BEFORE_DOCTYPE_NAME;
            break;

        case ST_BEFORE_DOCTYPE_NAME:
            c = skip_space(t);
            if (c == '>')
                return quirks_emit(t, true);
            if (c == TOK_EOF)
                return quirks_emit(t, false);
            t->has_name = true;
            add_char(t, &t->name, c);
            t->state = ST_DOCTYPE_NAME;
            break;

        case ST_DOCTYPE_NAME:
            c = tok_peek(t);
            if (tok_is_space(c)) {
                tok_advance(t);
                t->state = ST_AFTER_DOCTYPE_NAME;
            } else if (c == '>') {
                t->pos++;
                return emit_doctype(t);
            } else if (c == TOK_EOF) {
                return quirks_emit(t, false);
            } else {
                add_char(t, &t->name, c);
            }
            break;

        case ST_AFTER_DOCTYPE_NAME:
            c = skip_space(t);
            if (c == '>') {
                t->pos++;
                return emit_doctype(t);
            }
            if (c == TOK_EOF)
                return quirks_emit(t, false);
            if (keyword(t, "public")) {
                t->pos += 6;
                t->state = ST_AFTER_DOCTYPE_PUBLIC_KEYWORD;
            } else if (keyword(t, "system")) {
                t->pos += 6;
                t->state = ST_AFTER_DOCTYPE_SYSTEM_KEYWORD;
            } else {
                tok_error(t);
                t->force_quirks = true;
                t->state = ST_BOGUS_DOCTYPE;
            }
            break;

        case ST_AFTER_DOCTYPE_PUBLIC_KEYWORD:
            c = tok_peek(t);
            if (tok_is_space(c)) {
                tok_advance(t);
                t->state = ST_BEFORE_DOCTYPE_PUBLIC_IDENTIFIER;
            } else if (open_identifier(t, c, true, true)) {
                return 1;
            }
            break;

        case ST_BEFORE_DOCTYPE_PUBLIC_IDENTIFIER:
            c = skip_space(t);
            if (open_identifier(t, c, true, false))
                return 1;
            break;

        case ST_DOCTYPE_PUBLIC_IDENTIFIER_DOUBLE_QUOTED:
        case ST_DOCTYPE_PUBLIC_IDENTIFIER_SINGLE_QUOTED:
            if (identifier(t, &t->data,
                           t->state == ST_DOCTYPE_PUBLIC_IDENTIFIER_DOUBLE_QUOTED ? '"' : '\'',
                           ST_AFTER_DOCTYPE_PUBLIC_IDENTIFIER))
                return 1;
            break;

        case ST_AFTER_DOCTYPE_PUBLIC_IDENTIFIER:
            c = tok_peek(t);
            if (tok_is_space(c)) {
                tok_advance(t);
                t->state = ST_BETWEEN_DOCTYPE_PUBLIC_AND_SYSTEM_IDENTIFIERS;
            } else if (c == '>') {
                t->pos++;
                return emit_doctype(t);
            } else if (open_identifier(t, c, false, true)) {
                return 1;
            }
            break;

        case ST_BETWEEN_DOCTYPE_PUBLIC_AND_SYSTEM_IDENTIFIERS:
            c = skip_space(t);
            if (c == '>') {
                t->pos++;
                return emit_doctype(t);
            }
            if (open_identifier(t, c, false, false))
                return 1;
            break;

        case ST_AFTER_DOCTYPE_SYSTEM_KEYWORD:
            c = tok_peek(t);
            if (tok_is_space(c)) {
                tok_advance(t);
                t->state = ST_BEFORE_DOCTYPE_SYSTEM_IDENTIFIER;
            } else if (open_identifier(t, c, false, true)) {
                return 1;
            }
            break;

        case ST_BEFORE_DOCTYPE_SYSTEM_IDENTIFIER:
            c = skip_space(t);
            if (open_identifier(t, c, false, false))
                return 1;
            break;

        case ST_DOCTYPE_SYSTEM_IDENTIFIER_DOUBLE_QUOTED:
        case ST_DOCTYPE_SYSTEM_IDENTIFIER_SINGLE_QUOTED:
            if (identifier(t, &t->system_id,
                           t->state == ST_DOCTYPE_SYSTEM_IDENTIFIER_DOUBLE_QUOTED ? '"' : '\'',
                           ST_AFTER_DOCTYPE_SYSTEM_IDENTIFIER))
                return 1;
            break;

        case ST_AFTER_DOCTYPE_SYSTEM_IDENTIFIER:
            c = skip_space(t);
            if (c == '>') {
                t->pos++;
                return emit_doctype(t);
            }
            if (c == TOK_EOF)
                return quirks_emit(t, false);
            tok_error(t); /* not force-quirks */
            t->state = ST_BOGUS_DOCTYPE;
            break;

        case ST_BOGUS_DOCTYPE:
            c = tok_peek(t);
            if (c == '>') {
                t->pos++;
                return emit_doctype(t);
            }
            if (c == TOK_EOF) {
                t->state = ST_EOF;
                return html_tok_emit_current(t);
            }
            if (c == 0)
                tok_error(t);
            tok_advance(t);
            break;

        default: return 0;
        }
    }
}
