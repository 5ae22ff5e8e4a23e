/* token.h - what the tokenizer hands the tree builder (HTML Standard
 * 13.2.5, "Tokenization").
 *
 * A token is valid until the next call to html_tok_next(): its slices may
 * point into the input buffer or into tokenizer-owned scratch memory.  The
 * tree builder copies what it keeps (into the document arena) unless the
 * slice points into the input, which outlives the document. */
#ifndef PITH_HTML_TOKEN_H
#define PITH_HTML_TOKEN_H

#include <stdbool.h>
#include <stdint.h>

#include "../../core/slice.h"

typedef enum html_token_type {
    TOKEN_DOCTYPE,
    TOKEN_START_TAG,
    TOKEN_END_TAG,
    TOKEN_COMMENT,
    TOKEN_CHARACTER,
    TOKEN_EOF,
} html_token_type;

typedef struct html_token_attr {
    slice name;  /* lowercased */
    slice value; /* character references decoded */
} html_token_attr;

typedef struct html_token {
    html_token_type type;
    /* Start/end tags: lowercased name and its interned id (tag_id). */
    uint16_t tag;
    bool self_closing;
    slice name;
    /* Start tags: attributes in source order, duplicates already dropped
     * (the first one wins, as the standard says). */
    html_token_attr *attrs;
    uint32_t attr_count;
    /* Comments and characters: the data.  A character token is a run of
     * characters; a run never mixes U+0000 with other characters: U+0000
     * comes as a token whose data is exactly one NUL byte, so the tree
     * builder can ignore or replace it as its insertion mode says. */
    slice data;
    /* DOCTYPE. */
    bool force_quirks;
    bool has_name, has_public_id, has_system_id;
    slice public_id, system_id; /* name is in `name` */
    /* Byte offset in the input where the token starts (for diagnostics). */
    size_t offset;
} html_token;

#endif
