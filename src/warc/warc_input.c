/* warc_input.c - plain or gzip byte stream under a WARC file (RFC 1952
 * members, possibly many concatenated), with forward-only recovery from
 * damaged members. */
#include "warc_input.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "pith.h"

void warc_input_init(warc_input *in, int fd, bool own_fd)
{
    /* The windows themselves need no clearing, only the fields. */
    memset(in, 0, offsetof(warc_input, in));
    in->in_pos = in->in_len = in->out_pos = in->out_len = 0;
    in->fd = fd;
    in->own_fd = own_fd;
    in->message[0] = '\0';
}

void warc_input_dispose(warc_input *in)
{
    if (in->z_ready)
        inflateEnd(&in->z);
    in->z_ready = false;
    if (in->own_fd && in->fd >= 0)
        close(in->fd);
    in->fd = -1;
}

static int fail(warc_input *in, int code, const char *fmt, unsigned long long offset, const char *detail)
{
    snprintf(in->message, sizeof in->message, fmt, offset, detail ? detail : "");
    return code;
}

/* Position in the file of the next compressed byte not yet given to zlib. */
static uint64_t compressed_pos(const warc_input *in) { return in->file_pos - (in->in_len - in->in_pos); }

/* Appends what the descriptor gives to the compressed window (compacting
 * it first).  Returns bytes added, 0 at end of file, or PITH_EIO. */
static long read_more(warc_input *in)
{
    if (in->fd_eof)
        return 0;
    if (in->in_pos > 0) {
        memmove(in->in, in->in + in->in_pos, in->in_len - in->in_pos);
        in->in_len -= in->in_pos;
        in->in_pos = 0;
    }
    if (in->in_len == sizeof in->in)
        return (long)sizeof in->in; /* already full */
    ssize_t n;
    do
        n = read(in->fd, in->in + in->in_len, sizeof in->in - in->in_len);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        in->fd_eof = true;
        return fail(in, PITH_EIO, "read error at offset %llu: %s", (unsigned long long)in->file_pos,
                    strerror(errno));
    }
    if (n == 0)
        in->fd_eof = true;
    in->in_len += (size_t)n;
    in->file_pos += (uint64_t)n;
    return n;
}

/* A plausible member header: ID1 ID2, CM=8 (deflate), reserved flags zero. */
static bool member_header_at(const unsigned char *p)
{
    return p[0] == 0x1f && p[1] == 0x8b && p[2] == 8 && (p[3] & 0xe0) == 0;
}

/* Moves to the next plausible member header.  Returns 1 when found, 0 at
 * the end of the file, or PITH_EIO. */
static int find_member(warc_input *in)
{
    for (;;) {
        while (in->in_len - in->in_pos >= 4) {
            if (member_header_at(in->in + in->in_pos))
                return 1;
            in->in_pos++;
        }
        if (in->fd_eof)
            return 0;
        long n = read_more(in);
        if (n < 0)
            return (int)n;
    }
}

/* After damage inside the member that began at member_start, start the
 * search just after that member's header: a corrupt length can make zlib
 * read past the member's end, so the next member may be behind us. */
static void rewind_for_resync(warc_input *in)
{
    uint64_t target = in->member_start + 1;
    if (target < compressed_pos(in)) {
        uint64_t window_start = in->file_pos - in->in_len;
        if (target >= window_start) {
            in->in_pos = (size_t)(target - window_start);
        } else if (lseek(in->fd, (off_t)target, SEEK_SET) == (off_t)target) {
            in->in_pos = in->in_len = 0;
            in->file_pos = target;
            in->fd_eof = false;
        }
    }
    in->resync = true;
    in->in_member = false;
}

static long fill_plain(warc_input *in)
{
    in->out_pos = in->out_len = 0;
    if (in->in_pos < in->in_len) { /* bytes read while sniffing the format */
        size_t n = in->in_len - in->in_pos;
        memcpy(in->out, in->in + in->in_pos, n);
        in->in_pos = in->in_len = 0;
        in->out_len = n;
        return (long)n;
    }
    if (in->fd_eof) {
        in->eof = true;
        return 0;
    }
    ssize_t n;
    do
        n = read(in->fd, in->out, sizeof in->out);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        in->eof = true;
        return fail(in, PITH_EIO, "read error at offset %llu: %s", (unsigned long long)in->file_pos,
                    strerror(errno));
    }
    if (n == 0) {
        in->fd_eof = in->eof = true;
        return 0;
    }
    in->file_pos += (uint64_t)n;
    in->out_len = (size_t)n;
    return n;
}

static int start_member(warc_input *in)
{
    in->member_start = compressed_pos(in);
    int rc = in->z_ready ? inflateReset2(&in->z, 15 + 16) : inflateInit2(&in->z, 15 + 16);
    if (rc != Z_OK)
        return fail(in, PITH_ENOMEM, "cannot start gzip decoder at offset %llu%s", in->member_start, NULL);
    in->z_ready = true;
    in->in_member = true;
    return 0;
}

static long fill_gzip(warc_input *in)
{
    in->out_pos = in->out_len = 0;
    for (;;) {
        if (in->resync) {
            int found = find_member(in);
            if (found < 0) {
                in->eof = true;
                return found;
            }
            if (!found) {
                in->eof = true;
                return 0;
            }
            in->resync = false;
        }
        if (!in->in_member) {
            if (in->in_len - in->in_pos < 2) {
                long n = read_more(in);
                if (n < 0) {
                    in->eof = true;
                    return n;
                }
                if (in->in_len == in->in_pos) {
                    in->eof = true;
                    return 0;
                }
                if (in->in_len - in->in_pos < 2 && in->fd_eof) {
                    in->eof = true;
                    return fail(in, PITH_EFORMAT, "stray byte after the last gzip member at offset %llu%s",
                                compressed_pos(in), NULL);
                }
                continue;
            }
            if (in->in[in->in_pos] != 0x1f || in->in[in->in_pos + 1] != 0x8b) {
                uint64_t at = compressed_pos(in);
                in->resync = true;
                return fail(in, PITH_EFORMAT, "data that is not gzip at offset %llu%s", at, NULL);
            }
            int rc = start_member(in);
            if (rc < 0) {
                in->eof = true;
                return rc;
            }
        }
        if (in->in_pos == in->in_len) {
            long n = read_more(in);
            if (n < 0) {
                in->eof = true;
                return n;
            }
            if (n == 0) {
                in->eof = true;
                return fail(in, PITH_EFORMAT, "gzip member at offset %llu is truncated%s", in->member_start,
                            NULL);
            }
        }
        in->z.next_in = in->in + in->in_pos;
        in->z.avail_in = (uInt)(in->in_len - in->in_pos);
        in->z.next_out = in->out;
        in->z.avail_out = (uInt)sizeof in->out;
        int rc = inflate(&in->z, Z_NO_FLUSH);
        in->in_pos = in->in_len - in->z.avail_in;
        in->out_len = sizeof in->out - in->z.avail_out;
        if (rc == Z_STREAM_END) {
            in->in_member = false;
        } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_STREAM_ERROR) {
            uint64_t at = in->member_start;
            const char *why = in->z.msg ? in->z.msg : "invalid data";
            char detail[96];
            snprintf(detail, sizeof detail, " (%s)", why);
            in->out_len = 0;
            rewind_for_resync(in);
            return fail(in, PITH_EFORMAT, "gzip member at offset %llu is corrupt%s", at, detail);
        } else if (rc == Z_MEM_ERROR) {
            in->eof = true;
            return fail(in, PITH_ENOMEM, "out of memory in gzip decoder at offset %llu%s", in->member_start,
                        NULL);
        }
        if (in->out_len)
            return (long)in->out_len;
    }
}

long warc_input_fill(warc_input *in)
{
    if (in->out_pos < in->out_len)
        return (long)(in->out_len - in->out_pos);
    if (in->eof)
        return 0;
    if (!in->started) {
        while (in->in_len < 2 && !in->fd_eof) {
            long n = read_more(in);
            if (n < 0) {
                in->eof = true;
                return n;
            }
        }
        in->started = true;
        in->gzip = in->in_len >= 2 && in->in[0] == 0x1f && in->in[1] == 0x8b;
    }
    return in->gzip ? fill_gzip(in) : fill_plain(in);
}

int warc_input_read(warc_input *in, void *dst, size_t n, size_t *got)
{
    unsigned char *d = dst;
    *got = 0;
    while (*got < n) {
        long avail = warc_input_fill(in);
        if (avail < 0)
            return (int)avail;
        if (avail == 0)
            return 0;
        size_t take = (size_t)avail < n - *got ? (size_t)avail : n - *got;
        if (d)
            memcpy(d + *got, in->out + in->out_pos, take);
        warc_input_consume(in, take);
        *got += take;
    }
    return 0;
}

uint64_t warc_input_record_offset(const warc_input *in)
{
    if (in->gzip)
        return in->member_start;
    return in->file_pos - (in->out_len - in->out_pos);
}
