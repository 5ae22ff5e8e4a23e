/* fuzz_warc.c - fuzz target for the WARC reader (pith_warc_open_fd,
 * pith_warc_next and the record accessors), built with fuzz/replay_main.c
 * as a test over tests/warc/seeds, or with libFuzzer.
 *
 * The first byte is the mode: bit 0 gzip-compresses the rest before
 * reading (so the WARC and HTTP parsers are reached through the gzip
 * path, which random bytes never would), bit 1 sets a small record cap
 * (the too-large paths).  The input reaches the reader through a memfd. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

#include "pith.h"

static int write_all(int fd, const uint8_t *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t mode = data[0];
    data++, size--;
    int fd = memfd_create("warc", 0);
    if (fd < 0)
        return 0;
    uint8_t *packed = NULL;
    if (mode & 1) {
        uLongf cap = compressBound((uLong)size) + 32;
        packed = malloc(cap);
        z_stream z;
        memset(&z, 0, sizeof z);
        if (packed && deflateInit2(&z, 1, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) == Z_OK) {
            z.next_in = (uint8_t *)data;
            z.avail_in = (uInt)size;
            z.next_out = packed;
            z.avail_out = (uInt)cap;
            if (deflate(&z, Z_FINISH) == Z_STREAM_END) {
                data = packed;
                size = cap - z.avail_out;
            }
            deflateEnd(&z);
        }
    }
    if (write_all(fd, data, size) < 0 || lseek(fd, 0, SEEK_SET) != 0) {
        close(fd);
        free(packed);
        return 0;
    }
    pith_warc_reader *r;
    pith_warc_record *rec = pith_warc_record_new();
    if (!rec || pith_warc_open_fd(fd, (mode & 2) ? 256 : 0, &r) < 0) {
        pith_warc_record_free(rec);
        free(packed);
        return 0;
    }
    int rc;
    unsigned steps = 0;
    volatile size_t sink = 0;
    while ((rc = pith_warc_next(r, rec)) != 0) {
        if (++steps > 1000000)
            abort(); /* the reader must always move forward */
        const char *fields[] = { pith_warc_record_type(rec), pith_warc_record_target_uri(rec),
                                 pith_warc_record_date(rec), pith_warc_record_id(rec),
                                 pith_warc_record_content_type(rec), pith_warc_record_charset(rec),
                                 pith_warc_record_skip_detail(rec) };
        for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
            if (fields[i])
                sink += strlen(fields[i]);
        size_t len;
        const char *p = pith_warc_record_payload(rec, &len);
        if (len)
            sink += (unsigned char)p[0] + (unsigned char)p[len - 1];
        sink += pith_warc_record_http_status(rec) + (size_t)pith_warc_record_skip(rec);
        if (rc < 0)
            sink += strlen(pith_warc_error(r));
    }
    (void)sink;
    pith_warc_close(r);
    pith_warc_record_free(rec);
    free(packed);
    return 0;
}
