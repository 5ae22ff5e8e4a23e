/* encoding_labels.h - the Encoding Standard's encodings and labels (4.2
 * "Names and labels"), and the decoder pith uses for each.  The tables are
 * generated into encoding_labels.c by tools/gen_encodings.py. */
#ifndef PITH_HTML_ENCODING_LABELS_H
#define PITH_HTML_ENCODING_LABELS_H

#include <stddef.h>
#include <stdint.h>

typedef enum html_decoder_kind {
    HTML_DECODER_UTF8,
    HTML_DECODER_UTF16LE,
    HTML_DECODER_UTF16BE,
    HTML_DECODER_SINGLE,    /* single-byte: high half through an iconv table */
    HTML_DECODER_SINGLE_C1, /* the same; undefined 0x80-0x9F bytes are C1 controls */
    HTML_DECODER_ICONV,     /* multi-byte: streamed through iconv */
    HTML_DECODER_USER_DEFINED,
    HTML_DECODER_REPLACEMENT,
} html_decoder_kind;

typedef struct html_encoding_info {
    const char *name;  /* canonical name, e.g. "Shift_JIS" */
    const char *iconv; /* glibc converter, NULL for built-in decoders */
    html_decoder_kind kind;
} html_encoding_info;

typedef struct html_encoding_label {
    const char *label; /* lowercase */
    uint8_t encoding;  /* index into html_encodings */
} html_encoding_label;

enum {
    HTML_ENCODING_COUNT = 40,
    HTML_ENCODING_LABEL_COUNT = 228,
    HTML_ENCODING_LABEL_MAX = 19, /* longest label, in bytes */
};

extern const html_encoding_info html_encodings[HTML_ENCODING_COUNT];
extern const html_encoding_label html_encoding_labels[HTML_ENCODING_LABEL_COUNT];

/* The entry whose canonical name is `name` (ASCII case-insensitive); NULL
 * if none. */
const html_encoding_info *html_encoding_info_for_name(const char *name);

#endif
