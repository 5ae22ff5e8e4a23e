/* warc_record.h - the inside of pith_warc_record, shared by the reader
 * (which fills the header fields and the block) and the HTTP classifier
 * (which finds the payload). */
#ifndef PITH_WARC_RECORD_H
#define PITH_WARC_RECORD_H

#include <stdint.h>
#include "core/buf.h"
#include "pith.h"

enum {
    WARC_HEADER_MAX = 64 * 1024,     /* a WARC or HTTP header block larger than this is garbage */
    WARC_MEDIA_TYPE_MAX = 128,
    WARC_CHARSET_MAX = 64,
    WARC_DETAIL_MAX = 160,
    WARC_DEFAULT_MAX_RECORD = 64 << 20,
    /* Buffers grown past this by one huge record are released afterwards,
     * so steady-state memory follows typical pages, not the largest. */
    WARC_KEEP_CAPACITY = 4 << 20,
};

/* Header fields kept, as offsets into `fields` (NUL-terminated values). */
typedef enum warc_field {
    WARC_F_TYPE,
    WARC_F_TARGET_URI,
    WARC_F_DATE,
    WARC_F_RECORD_ID,
    WARC_F_CONTENT_TYPE,
    WARC_F_CONTENT_LENGTH,
    WARC_F__COUNT
} warc_field;

struct pith_warc_record {
    buf fields;
    long field_at[WARC_F__COUNT]; /* -1 when absent */
    uint64_t offset;
    buf block;   /* the record block as stored */
    buf decoded; /* payload after decoding, when it differs from the block */
    buf scratch; /* second buffer for stacked codings */
    const char *payload;
    size_t payload_len;
    int http_status;
    char media_type[WARC_MEDIA_TYPE_MAX];
    char charset[WARC_CHARSET_MAX];
    bool has_charset;
    pith_warc_skip skip;
    char detail[WARC_DETAIL_MAX];
};

/* Forgets the previous record (and drops oversized buffers). */
void warc_record_clear(pith_warc_record *rec);
const char *warc_record_field(const pith_warc_record *rec, warc_field f);

/* Sets skip, status, media type, charset and payload from the header and
 * block: parses the HTTP response of a response record, decodes it.
 * max caps the decoded payload.  Returns 0 or PITH_ENOMEM. */
int warc_record_classify(pith_warc_record *rec, size_t max);

/* Parses a Content-Type value into a lower-case media type and charset. */
void warc_parse_content_type(slice value, char *media_type, size_t mt_size, char *charset,
                             size_t cs_size, bool *has_charset);

#endif
