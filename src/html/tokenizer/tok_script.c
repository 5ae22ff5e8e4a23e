/* tok_script.c - the script data states, with the escaped ("<!--") and
 * double-escaped ("<!--<script>") forms (HTML Standard 13.2.5.4, 15-31).
 *
 * Every character these states emit is the input character itself, except
 * U+0000 (emitted as U+FFFD) and CR (LF), so the character run stays a
 * slice of the input.  The hot states scan with the class table. */
#include "tok_internal.h"

static const unsigned char *bytes(const html_tokenizer *t)
{
    return (const unsigned char *)t->in;
}

static inline int scan_run(html_tokenizer *t, char c1, char c2, char c3, char c4)
{
    size_t s = t->pos, p = tok_find4(t->in, s, t->len, c1, c2, c3, c4);
    if (p > s)
        tok_run_input(t, s, p - s);
    t->pos = p;
    return p < t->len ? bytes(t)[p] : TOK_EOF;
}

/* Emits the current character (U+FFFD for U+0000) and consumes it. */
static inline void emit_current(html_tokenizer *t)
{
    if (t->in[t->pos] == 0) {
        tok_error(t);
        tok_run_bytes(t, TOK_REPLACEMENT, 3);
        t->pos++;
    } else {
        tok_run_current(t);
    }
}

static int eof_in_comment_like(html_tokenizer *t)
{
    tok_error(t);
    t->state = ST_EOF;
    return 0;
}

static inline void temp_append(html_tokenizer *t, int c)
{
    if (t->temp_len < sizeof t->temp)
        t->temp[t->temp_len] = (char)(c | 0x20);
    if (t->temp_len < 255)
        t->temp_len++;
}

static inline bool temp_is_script(const html_tokenizer *t)
{
    return t->temp_len == 6 && __builtin_memcmp(t->temp, "script", 6) == 0;
}

static inline bool is_space_slash_gt(int c) { return tok_is_space(c) || c == '/' || c == '>'; }

int html_tok_run_script(html_tokenizer *t)
{
    for (;;) {
        int c;
        switch (t->state) {
        case ST_SCRIPT_DATA:
            c = scan_run(t, '<', '\r', 0, 0);
            if (c == '<') {
                t->pos++;
                t->state = ST_SCRIPT_DATA_LESS_THAN;
            } else if (c == TOK_EOF) {
                t->state = ST_EOF;
                return 0;
            } else {
                emit_current(t);
            }
            break;

        case ST_SCRIPT_DATA_LESS_THAN:
            c = tok_peek(t);
            if (c == '/') {
                t->pos++;
                t->state = ST_SCRIPT_DATA_END_TAG_OPEN;
            } else if (c == '!') {
                tok_run_input(t, t->pos - 1, 2);
                t->pos++;
                t->state = ST_SCRIPT_DATA_ESCAPE_START;
            } else {
                tok_run_input(t, t->pos - 1, 1);
                t->state = ST_SCRIPT_DATA;
            }
            break;

        case ST_SCRIPT_DATA_END_TAG_OPEN:
        case ST_SCRIPT_DATA_ESCAPED_END_TAG_OPEN: {
            tok_state text = t->state == ST_SCRIPT_DATA_END_TAG_OPEN ? ST_SCRIPT_DATA
                                                                      : ST_SCRIPT_DATA_ESCAPED;
            if (tok_is_alpha(tok_peek(t))) {
                if (html_tok_end_tag_in_text(t, t->pos - 2, text))
                    return 1;
            } else {
                tok_run_input(t, t->pos - 2, 2);
                t->state = text;
            }
            break;
        }

        case ST_SCRIPT_DATA_ESCAPE_START:
        case ST_SCRIPT_DATA_ESCAPE_START_DASH:
            if (tok_peek(t) == '-') {
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = t->state == ST_SCRIPT_DATA_ESCAPE_START
                               ? ST_SCRIPT_DATA_ESCAPE_START_DASH
                               : ST_SCRIPT_DATA_ESCAPED_DASH_DASH;
            } else {
                t->state = ST_SCRIPT_DATA;
            }
            break;

        case ST_SCRIPT_DATA_ESCAPED:
            c = scan_run(t, '-', '<', '\r', 0);
            if (c == '-') {
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_SCRIPT_DATA_ESCAPED_DASH;
            } else if (c == '<') {
                t->pos++;
                t->state = ST_SCRIPT_DATA_ESCAPED_LESS_THAN;
            } else if (c == TOK_EOF) {
                return eof_in_comment_like(t);
            } else {
                emit_current(t);
            }
            break;

        case ST_SCRIPT_DATA_ESCAPED_DASH:
        case ST_SCRIPT_DATA_ESCAPED_DASH_DASH:
            c = tok_peek(t);
            if (c == '-') {
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_SCRIPT_DATA_ESCAPED_DASH_DASH;
            } else if (c == '<') {
                t->pos++;
                t->state = ST_SCRIPT_DATA_ESCAPED_LESS_THAN;
            } else if (c == '>' && t->state == ST_SCRIPT_DATA_ESCAPED_DASH_DASH) {
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_SCRIPT_DATA;
            } else if (c == TOK_EOF) {
                return eof_in_comment_like(t);
            } else {
                emit_current(t);
                t->state = ST_SCRIPT_DATA_ESCAPED;
            }
            break;

        case ST_SCRIPT_DATA_ESCAPED_LESS_THAN:
            c = tok_peek(t);
            if (c == '/') {
                t->pos++;
                t->state = ST_SCRIPT_DATA_ESCAPED_END_TAG_OPEN;
            } else if (tok_is_alpha(c)) {
                t->temp_len = 0;
                tok_run_input(t, t->pos - 1, 1);
                t->state = ST_SCRIPT_DATA_DOUBLE_ESCAPE_START;
            } else {
                tok_run_input(t, t->pos - 1, 1);
                t->state = ST_SCRIPT_DATA_ESCAPED;
            }
            break;

        case ST_SCRIPT_DATA_DOUBLE_ESCAPE_START:
        case ST_SCRIPT_DATA_DOUBLE_ESCAPE_END: {
            bool start = t->state == ST_SCRIPT_DATA_DOUBLE_ESCAPE_START;
            c = tok_peek(t);
            if (is_space_slash_gt(c)) {
                bool script = temp_is_script(t);
                if (start)
                    t->state = script ? ST_SCRIPT_DATA_DOUBLE_ESCAPED : ST_SCRIPT_DATA_ESCAPED;
                else
                    t->state = script ? ST_SCRIPT_DATA_ESCAPED : ST_SCRIPT_DATA_DOUBLE_ESCAPED;
                tok_run_current(t);
            } else if (tok_is_alpha(c)) {
                temp_append(t, c);
                tok_run_input(t, t->pos, 1);
                t->pos++;
            } else {
                t->state = start ? ST_SCRIPT_DATA_ESCAPED : ST_SCRIPT_DATA_DOUBLE_ESCAPED;
            }
            break;
        }

        case ST_SCRIPT_DATA_DOUBLE_ESCAPED:
            c = scan_run(t, '-', '<', '\r', 0);
            if (c == '-') {
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_SCRIPT_DATA_DOUBLE_ESCAPED_DASH;
            } else if (c == '<') {
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_SCRIPT_DATA_DOUBLE_ESCAPED_LESS_THAN;
            } else if (c == TOK_EOF) {
                return eof_in_comment_like(t);
            } else {
                emit_current(t);
            }
            break;

        case ST_SCRIPT_DATA_DOUBLE_ESCAPED_DASH:
        case ST_SCRIPT_DATA_DOUBLE_ESCAPED_DASH_DASH:
            c = tok_peek(t);
            if (c == '-') {
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_SCRIPT_DATA_DOUBLE_ESCAPED_DASH_DASH;
            } else if (c == '<') {
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_SCRIPT_DATA_DOUBLE_ESCAPED_LESS_THAN;
            } else if (c == '>' && t->state == ST_SCRIPT_DATA_DOUBLE_ESCAPED_DASH_DASH) {
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_SCRIPT_DATA;
            } else if (c == TOK_EOF) {
                return eof_in_comment_like(t);
            } else {
                emit_current(t);
                t->state = ST_SCRIPT_DATA_DOUBLE_ESCAPED;
            }
            break;

        case ST_SCRIPT_DATA_DOUBLE_ESCAPED_LESS_THAN:
            if (tok_peek(t) == '/') {
                t->temp_len = 0;
                tok_run_input(t, t->pos, 1);
                t->pos++;
                t->state = ST_SCRIPT_DATA_DOUBLE_ESCAPE_END;
            } else {
                t->state = ST_SCRIPT_DATA_DOUBLE_ESCAPED;
            }
            break;

        default: return 0;
        }
    }
}
