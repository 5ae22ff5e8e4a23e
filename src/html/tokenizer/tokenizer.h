/* tokenizer.h - the WHATWG HTML tokenizer (HTML Standard 13.2.5), a pull
 * interface: the tree builder asks for one token at a time and switches the
 * tokenizer's state between calls, as the standard's tree construction
 * does for <title>, <textarea>, <style>, <script>, <plaintext> and so on.
 *
 * Input is UTF-8 that the decoder produced (valid UTF-8; CR and CRLF not yet
 * normalised: the tokenizer does the "preprocessing the input stream" step).
 * Parse errors are counted, never fatal. */
#ifndef PITH_HTML_TOKENIZER_H
#define PITH_HTML_TOKENIZER_H

#include <stddef.h>

#include "../../core/arena.h"
#include "token.h"

/* The states the tree builder (and the conformance tests) can start in. */
typedef enum html_tok_state {
    HTML_TOK_DATA,
    HTML_TOK_RCDATA,
    HTML_TOK_RAWTEXT,
    HTML_TOK_SCRIPT_DATA,
    HTML_TOK_PLAINTEXT,
    HTML_TOK_CDATA_SECTION,
} html_tok_state;

typedef struct html_tokenizer html_tokenizer;

/* Creates a tokenizer over `input` (borrowed; must outlive the tokenizer and
 * any slice the tokens hand out).  Scratch memory comes from `a`.  NULL when
 * out of memory. */
html_tokenizer *html_tok_new(arena *a, const char *input, size_t len);

/* Produces the next token.  Returns 0, or a negative PITH_E... code when
 * the arena is exhausted.  After TOKEN_EOF it keeps returning TOKEN_EOF. */
int html_tok_next(html_tokenizer *t, html_token *out);

/* Tree-builder controls. */
void html_tok_set_state(html_tokenizer *t, html_tok_state state);
/* The name of the last start tag emitted, for "appropriate end tag" checks;
 * set by tests (lastStartTag); the tokenizer also tracks it itself. */
void html_tok_set_last_start_tag(html_tokenizer *t, slice name);
/* Whether "<![CDATA[" opens a CDATA section: true when the adjusted current
 * node is an element not in the HTML namespace. */
void html_tok_set_cdata_allowed(html_tokenizer *t, bool allowed);

/* Number of parse errors seen so far, except the input stream's own
 * (control characters, noncharacters, surrogates: 13.2.3.5), which cost a
 * pass over the input and so are counted only on request: */
size_t html_tok_error_count(const html_tokenizer *t);
/* Those input stream errors in the input consumed so far (a SIMD pass over
 * what was not counted before; the conformance tests add both counts). */
size_t html_tok_input_stream_error_count(const html_tokenizer *t);

#endif
