/* warc_input.h - the byte stream under a WARC file: plain, one gzip member
 * per record (as crawlers write them), or one gzip stream for the whole
 * file.  Memory is two fixed windows whatever the file's size.
 *
 * Errors (corrupt gzip, truncated member, read failure) are returned once
 * with a message; the stream then moves past the damage by scanning the
 * compressed bytes for the next gzip member header, so the records after a
 * damaged member can still be read.  Every scan moves forward, so a hostile
 * file cannot make the reader loop. */
#ifndef PITH_WARC_INPUT_H
#define PITH_WARC_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <zlib.h>

enum {
    WARC_INPUT_WINDOW = 64 * 1024, /* compressed and decompressed window sizes */
    WARC_INPUT_MESSAGE_MAX = 200,
};

typedef struct warc_input {
    int fd;
    bool own_fd;
    bool gzip;          /* decided from the first two bytes */
    bool started;       /* first bytes examined */
    bool eof;           /* nothing more will come */
    bool fd_eof;
    bool in_member;     /* inflate is inside a gzip member */
    bool resync;        /* after a gzip error: look for the next member */
    bool z_ready;
    z_stream z;
    uint64_t file_pos;     /* bytes read from fd so far */
    uint64_t member_start; /* file offset of the current gzip member */
    uint64_t stream_pos;   /* decompressed bytes handed out so far */
    unsigned char in[WARC_INPUT_WINDOW];
    size_t in_pos, in_len;
    unsigned char out[WARC_INPUT_WINDOW];
    size_t out_pos, out_len;
    char message[WARC_INPUT_MESSAGE_MAX];
} warc_input;

/* Takes the descriptor; own_fd closes it in warc_input_dispose. */
void warc_input_init(warc_input *in, int fd, bool own_fd);
void warc_input_dispose(warc_input *in);

/* Makes at least one byte available in the window: returns the number of
 * bytes available, 0 at the end, or PITH_EFORMAT / PITH_EIO with
 * in->message set (the damage is skipped; calling again continues). */
long warc_input_fill(warc_input *in);

/* Available bytes in the window (valid after a positive fill). */
static inline const unsigned char *warc_input_peek(const warc_input *in, size_t *n)
{
    *n = in->out_len - in->out_pos;
    return in->out + in->out_pos;
}

static inline void warc_input_consume(warc_input *in, size_t n)
{
    in->out_pos += n;
    in->stream_pos += n;
}

/* Reads n bytes into dst (dst NULL discards them); *got says how many
 * came.  Returns 0 (with *got < n at the end of the stream) or a negative
 * code when the stream broke, with the bytes before the break counted. */
int warc_input_read(warc_input *in, void *dst, size_t n, size_t *got);

/* Where the current data came from in the file: the start of the current
 * gzip member, or the exact offset for plain files. */
uint64_t warc_input_record_offset(const warc_input *in);

#endif
