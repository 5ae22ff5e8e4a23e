/* tok_data.c - the text states: data, RCDATA, RAWTEXT, PLAINTEXT, their
 * "less-than sign" and "end tag open/name" states, and the CDATA section
 * states (HTML Standard 13.2.5.1-5, 9-14, 69-71).
 *
 * The hot loops scan for the few bytes that matter with a class table and
 * append whole runs of input to the character run, which stays a slice of
 * the input unless a CR, a character reference or U+0000 changed it. */
#include "tok_internal.h"

static const unsigned char *bytes(const html_tokenizer *t)
{
    return (const unsigned char *)t->in;
}

/* Scans from t->pos up to the first of four bytes, appending what it passed
 * to the run; returns the stopping byte or TOK_EOF (CR is returned raw). */
static inline int scan_run(html_tokenizer *t, char c1, char c2, char c3, char c4)
{
    size_t s = t->pos, p = tok_find4(t->in, s, t->len, c1, c2, c3, c4);
    if (p > s)
        tok_run_input(t, s, p - s);
    t->pos = p;
    return p < t->len ? bytes(t)[p] : TOK_EOF;
}

/* U+0000 in RCDATA, RAWTEXT, script data and PLAINTEXT: a parse error,
 * emitted as U+FFFD. */
static inline void run_replacement(html_tokenizer *t)
{
    tok_error(t);
    tok_run_bytes(t, TOK_REPLACEMENT, 3);
    t->pos++;
}

int html_tok_end_tag_in_text(html_tokenizer *t, size_t lt, tok_state text_state)
{
    const unsigned char *in = bytes(t);
    size_t s = t->pos, e = s;
    while (e < t->len && (html_tok_cc[in[e]] & CC_ALPHA))
        e++;
    int c = e < t->len ? in[e] : TOK_EOF;
    if (c == '\r')
        c = '\n';
    if ((tok_is_space(c) || c == '/' || c == '>') && html_tok_appropriate_end_tag(t, s, e - s)) {
        html_tok_begin_tag(t, TOKEN_END_TAG, lt);
        bool upper = false;
        for (size_t i = s; i < e; i++)
            upper |= tok_is_upper(in[i]);
        if (upper) {
            for (size_t i = s; i < e; i++) {
                char l = (char)(in[i] | (tok_is_upper(in[i]) ? 0x20 : 0));
                tok_str_add_bytes(t, &t->tagbuf, &t->name, &l, 1);
            }
        } else {
            tok_str_add_input(t, &t->tagbuf, &t->name, s, e - s);
        }
        t->pos = e;
        tok_advance(t);
        if (c == '/') {
            t->state = ST_SELF_CLOSING_START_TAG;
            return 0;
        }
        if (c == '>') {
            t->state = ST_DATA;
            return html_tok_emit_current(t);
        }
        t->state = ST_BEFORE_ATTRIBUTE_NAME;
        return 0;
    }
    /* Not an end tag for this element: "</" and the letters are text. */
    tok_run_input(t, lt, e - lt);
    t->pos = e;
    t->state = text_state;
    return 0;
}

int html_tok_run_data(html_tokenizer *t)
{
    for (;;) {
        int c;
        switch (t->state) {
        case ST_DATA:
            c = scan_run(t, '<', '&', '\r', 0);
            switch (c) {
            case '<':
                /* Straight into the tag states (a tail call). */
                t->pos++;
                t->state = ST_TAG_OPEN;
                return html_tok_run_tag(t);
            case '&':
                t->pos++;
                html_tok_char_ref(t, false);
                break;
            case '\r': tok_run_current(t); break;
            case 0:
                /* U+0000 goes alone, for the tree builder to judge. */
                if (html_tok_emit_run(t))
                    return 1;
                tok_error(t);
                t->pos++;
                return html_tok_emit_nul(t, t->pos - 1);
            default: t->state = ST_EOF; return 0;
            }
            break;

        case ST_RCDATA:
            c = scan_run(t, '<', '&', '\r', 0);
            switch (c) {
            case '<':
                t->pos++;
                t->state = ST_RCDATA_LESS_THAN;
                break;
            case '&':
                t->pos++;
                html_tok_char_ref(t, false);
                break;
            case '\r': tok_run_current(t); break;
            case 0: run_replacement(t); break;
            default: t->state = ST_EOF; return 0;
            }
            break;

        case ST_RAWTEXT:
            c = scan_run(t, '<', '\r', 0, 0);
            switch (c) {
            case '<':
                t->pos++;
                t->state = ST_RAWTEXT_LESS_THAN;
                break;
            case '\r': tok_run_current(t); break;
            case 0: run_replacement(t); break;
            default: t->state = ST_EOF; return 0;
            }
            break;

        case ST_PLAINTEXT:
            c = scan_run(t, '<', '\r', 0, 0);
            switch (c) {
            case '<': tok_run_current(t); break;
            case '\r': tok_run_current(t); break;
            case 0: run_replacement(t); break;
            default: t->state = ST_EOF; return 0;
            }
            break;

        case ST_RCDATA_LESS_THAN:
        case ST_RAWTEXT_LESS_THAN: {
            tok_state text = t->state == ST_RCDATA_LESS_THAN ? ST_RCDATA : ST_RAWTEXT;
            if (tok_peek(t) == '/') {
                t->pos++;
                t->state = text == ST_RCDATA ? ST_RCDATA_END_TAG_OPEN : ST_RAWTEXT_END_TAG_OPEN;
            } else {
                tok_run_input(t, t->pos - 1, 1);
                t->state = text;
            }
            break;
        }

        case ST_RCDATA_END_TAG_OPEN:
        case ST_RAWTEXT_END_TAG_OPEN: {
            tok_state text = t->state == ST_RCDATA_END_TAG_OPEN ? ST_RCDATA : ST_RAWTEXT;
            if (tok_is_alpha(tok_peek(t))) {
                if (html_tok_end_tag_in_text(t, t->pos - 2, text))
                    return 1;
            } else {
                tok_run_input(t, t->pos - 2, 2);
                t->state = text;
            }
            break;
        }

        case ST_CDATA_SECTION:
            c = tok_peek(t);
            if (c == ']') {
                t->pos++;
                t->state = ST_CDATA_SECTION_BRACKET;
            } else if (c == TOK_EOF) {
                tok_error(t);
                t->state = ST_EOF;
                return 0;
            } else if (c == 0) {
                /* Emitted as is, but alone (see token.h). */
                if (html_tok_emit_run(t))
                    return 1;
                t->pos++;
                return html_tok_emit_nul(t, t->pos - 1);
            } else {
                tok_run_current(t);
            }
            break;

        case ST_CDATA_SECTION_BRACKET:
            if (tok_peek(t) == ']') {
                t->pos++;
                t->state = ST_CDATA_SECTION_END;
            } else {
                tok_run_input(t, t->pos - 1, 1);
                t->state = ST_CDATA_SECTION;
            }
            break;

        case ST_CDATA_SECTION_END:
            c = tok_peek(t);
            if (c == ']') {
                tok_run_input(t, t->pos - 2, 1);
                t->pos++;
            } else if (c == '>') {
                t->pos++;
                t->state = ST_DATA;
            } else {
                tok_run_input(t, t->pos - 2, 2);
                t->state = ST_CDATA_SECTION;
            }
            break;

        default: return 0;
        }
    }
}
