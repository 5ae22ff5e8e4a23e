/* fuzz_tokenizer.c - libFuzzer target for the tokenizer alone, on raw bytes
 * (not only the decoder's valid UTF-8), from every initial state.
 *
 * Mode byte: bits 0-2 the initial state (mod 6), bit 3 CDATA allowed,
 * bit 4 "script" as the last start tag, bit 5 switch to a text state after
 * each start tag (as the tree builder does), bit 7 a 64 KiB arena limit (so
 * allocation failure paths run).  Every slice of every token is read in
 * full, so a bad pointer shows under AddressSanitizer, and the token
 * contracts are checked: character tokens are not empty, U+0000 comes alone,
 * and the token count is bounded by the input (no endless loop). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "html/tokenizer/tokenizer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned touch(slice s)
{
    unsigned sum = 0;
    for (size_t i = 0; i < s.len; i++)
        sum += (unsigned char)s.ptr[i];
    return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned mode = data[0];
    data++, size--;
    /* An exact-size copy, so reads past the input are caught. */
    char *in = malloc(size ? size : 1);
    if (!in)
        return 0;
    if (size)
        memcpy(in, data, size);
    arena *a = arena_new(mode & 0x80 ? 64 * 1024 : 0);
    html_tokenizer *t = a ? html_tok_new(a, in, size) : NULL;
    if (t) {
        static const html_tok_state initial[] = { HTML_TOK_DATA,        HTML_TOK_PLAINTEXT,
                                                  HTML_TOK_RCDATA,      HTML_TOK_RAWTEXT,
                                                  HTML_TOK_SCRIPT_DATA, HTML_TOK_CDATA_SECTION };
        static const html_tok_state text[] = { HTML_TOK_RCDATA, HTML_TOK_RAWTEXT,
                                               HTML_TOK_SCRIPT_DATA, HTML_TOK_DATA };
        html_tok_set_state(t, initial[(mode & 7) % 6]);
        html_tok_set_cdata_allowed(t, mode & 8);
        if (mode & 16)
            html_tok_set_last_start_tag(t, SLICE_LIT("script"));
        html_token tk;
        size_t n = 0;
        volatile unsigned sink = 0;
        while (html_tok_next(t, &tk) == 0 && tk.type != TOKEN_EOF) {
            if (++n > 4 * size + 16)
                abort(); /* more tokens than input: no progress */
            sink += touch(tk.name) + touch(tk.data) + touch(tk.public_id) + touch(tk.system_id);
            for (uint32_t i = 0; i < tk.attr_count; i++)
                sink += touch(tk.attrs[i].name) + touch(tk.attrs[i].value);
            if (tk.type == TOKEN_CHARACTER &&
                (tk.data.len == 0 || (tk.data.len > 1 && memchr(tk.data.ptr, 0, tk.data.len))))
                abort(); /* token.h: U+0000 comes alone */
            if (tk.type == TOKEN_START_TAG && (mode & 32))
                html_tok_set_state(t, text[n % 4]);
        }
        sink += (unsigned)html_tok_error_count(t) + (unsigned)html_tok_input_stream_error_count(t);
        (void)sink;
    }
    arena_free(a);
    free(in);
    return 0;
}
