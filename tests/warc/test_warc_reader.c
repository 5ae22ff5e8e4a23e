/* test_warc_reader.c - WARC framing, HTTP classification, gzip members and
 * recovery from damaged files, through the public pith_warc_* API. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <zlib.h>

#include "pith.h"
#include "core/buf.h"

/* ---- building WARC files ------------------------------------------------ */

static void add_record(buf *b, const char *type, const char *uri, const char *id, const char *content_type,
                       const char *block, size_t block_len)
{
    buf_printf(b, "WARC/1.1\r\nWARC-Type: %s\r\n", type);
    if (uri)
        buf_printf(b, "WARC-Target-URI: %s\r\n", uri);
    buf_printf(b, "WARC-Date: 2024-05-06T07:08:09Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\n", id);
    if (content_type)
        buf_printf(b, "Content-Type: %s\r\n", content_type);
    buf_printf(b, "Content-Length: %zu\r\n\r\n", block_len);
    buf_append(b, block, block_len);
    buf_puts(b, "\r\n\r\n");
}

static size_t gzip_bytes(const void *data, size_t n, buf *out)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&z, (uLong)n);
    buf_reserve(out, cap);
    z.next_in = (unsigned char *)data;
    z.avail_in = (uInt)n;
    z.next_out = (unsigned char *)out->data + out->len;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t made = cap - z.avail_out;
    out->len += made;
    deflateEnd(&z);
    return made;
}

static const char *const page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Caf\xe9</p></body></html>";

/* Appends the test records; record_ends receives the end offset of each. */
static int sample_records(buf *b, size_t *ends)
{
    int n = 0;
    buf http = BUF_INIT;
    add_record(b, "warcinfo", NULL, "info", "application/warc-fields", "software: test\r\n", 16);
    ends[n++] = b->len;
    add_record(b, "request", "http://example.com/a", "req", "application/http; msgtype=request",
               "GET /a HTTP/1.1\r\n\r\n", 19);
    ends[n++] = b->len;

    /* Chunked and gzip, with a charset. */
    buf gz = BUF_INIT;
    gzip_bytes(page, strlen(page), &gz);
    buf_puts(&http, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n"
                    "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n");
    size_t half = gz.len / 2;
    buf_printf(&http, "%zx\r\n", half);
    buf_append(&http, gz.data, half);
    buf_printf(&http, "\r\n%zx\r\n", gz.len - half);
    buf_append(&http, gz.data + half, gz.len - half);
    buf_puts(&http, "\r\n0\r\n\r\n");
    add_record(b, "response", "<http://example.com/a>", "resp-a", "application/http; msgtype=response", http.data,
               http.len);
    ends[n++] = b->len;

    buf_clear(&http);
    buf_puts(&http, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html>gone</html>");
    add_record(b, "response", "http://example.com/missing", "resp-404", "application/http; msgtype=response",
               http.data, http.len);
    ends[n++] = b->len;

    buf_clear(&http);
    buf_puts(&http, "HTTP/1.0 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n");
    add_record(b, "response", "http://example.com/i.png", "resp-png", "application/http; msgtype=response",
               http.data, http.len);
    ends[n++] = b->len;

    buf_clear(&http);
    buf_puts(&http, "HTTP/1.1 200 OK\nServer: x\n\n  <html><body>sniffed</body></html>");
    add_record(b, "response", "http://example.com/sniff", "resp-sniff", NULL, http.data, http.len);
    ends[n++] = b->len;

    add_record(b, "resource", "http://example.com/r", "res", "text/html; charset=utf-8", "<p>resource</p>", 15);
    ends[n++] = b->len;

    buf_clear(&http);
    buf_puts(&http, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: compress\r\n\r\nxx");
    add_record(b, "response", "http://example.com/z", "resp-compress", "application/http; msgtype=response",
               http.data, http.len);
    ends[n++] = b->len;

    add_record(b, "response", "http://example.com/nohttp", "resp-garbage", "application/http; msgtype=response",
               "garbage", 7);
    ends[n++] = b->len;
    buf_dispose(&gz);
    buf_dispose(&http);
    return n;
}

typedef struct expected {
    const char *id;
    pith_warc_skip skip;
} expected;

static const expected sample_expected[] = {
    { "<urn:uuid:info>", PITH_WARC_SKIP_RECORD_TYPE },
    { "<urn:uuid:req>", PITH_WARC_SKIP_RECORD_TYPE },
    { "<urn:uuid:resp-a>", PITH_WARC_SKIP_NONE },
    { "<urn:uuid:resp-404>", PITH_WARC_SKIP_HTTP_STATUS },
    { "<urn:uuid:resp-png>", PITH_WARC_SKIP_NOT_HTML },
    { "<urn:uuid:resp-sniff>", PITH_WARC_SKIP_NONE },
    { "<urn:uuid:res>", PITH_WARC_SKIP_NONE },
    { "<urn:uuid:resp-compress>", PITH_WARC_SKIP_BAD_ENCODING },
    { "<urn:uuid:resp-garbage>", PITH_WARC_SKIP_BAD_HTTP },
};
enum { SAMPLE_COUNT = sizeof sample_expected / sizeof *sample_expected };

static pith_warc_reader *open_bytes(const void *data, size_t n, size_t max_record)
{
    FILE *f = tmpfile();
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fflush(f);
    rewind(f);
    pith_warc_reader *r;
    assert_int_equal(pith_warc_open_fd(dup(fileno(f)), max_record, &r), 0);
    fclose(f);
    return r;
}

/* Reads everything; returns the number of records, counting errors. */
static int read_all(pith_warc_reader *r, pith_warc_record *rec, int *errors, const expected *want, int want_n)
{
    int count = 0, rc;
    *errors = 0;
    int guard = 0;
    while ((rc = pith_warc_next(r, rec)) != 0) {
        assert_true(++guard < 100000);
        if (rc < 0) {
            (*errors)++;
            if (getenv("WARC_TEST_VERBOSE"))
                fprintf(stderr, "error: %s\n", pith_warc_error(r));
            assert_true(strlen(pith_warc_error(r)) > 0);
            continue;
        }
        if (want && count < want_n) {
            assert_string_equal(pith_warc_record_id(rec), want[count].id);
            assert_int_equal(pith_warc_record_skip(rec), want[count].skip);
        }
        count++;
    }
    return count;
}

static void check_sample_details(pith_warc_reader *r, pith_warc_record *rec)
{
    for (int i = 0; i < SAMPLE_COUNT; i++) {
        assert_int_equal(pith_warc_next(r, rec), 1);
        const char *id = pith_warc_record_id(rec);
        size_t len;
        const char *p = pith_warc_record_payload(rec, &len);
        if (strcmp(id, "<urn:uuid:resp-a>") == 0) {
            assert_string_equal(pith_warc_record_target_uri(rec), "http://example.com/a");
            assert_string_equal(pith_warc_record_date(rec), "2024-05-06T07:08:09Z");
            assert_string_equal(pith_warc_record_type(rec), "response");
            assert_int_equal(pith_warc_record_http_status(rec), 200);
            assert_string_equal(pith_warc_record_content_type(rec), "text/html");
            assert_string_equal(pith_warc_record_charset(rec), "iso-8859-1");
            assert_int_equal(len, strlen(page));
            assert_memory_equal(p, page, len);
        } else if (strcmp(id, "<urn:uuid:resp-sniff>") == 0) {
            assert_null(pith_warc_record_charset(rec));
            assert_string_equal(pith_warc_record_content_type(rec), "");
            assert_int_equal(len, strlen("  <html><body>sniffed</body></html>"));
        } else if (strcmp(id, "<urn:uuid:res>") == 0) {
            assert_int_equal(pith_warc_record_http_status(rec), 0);
            assert_string_equal(pith_warc_record_charset(rec), "utf-8");
            assert_int_equal(len, 15);
        } else if (strcmp(id, "<urn:uuid:resp-404>") == 0) {
            assert_int_equal(pith_warc_record_http_status(rec), 404);
            assert_string_equal(pith_warc_record_skip_detail(rec), "HTTP 404");
            assert_int_equal(len, 0);
        } else if (strcmp(id, "<urn:uuid:resp-png>") == 0) {
            assert_string_equal(pith_warc_record_skip_detail(rec), "image/png");
        }
    }
    assert_int_equal(pith_warc_next(r, rec), 0);
    assert_int_equal(pith_warc_next(r, rec), 0);
}

static void plain_file_records_and_payloads(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    size_t ends[16];
    sample_records(&b, ends);
    pith_warc_record *rec = pith_warc_record_new();
    pith_warc_reader *r = open_bytes(b.data, b.len, 0);
    check_sample_details(r, rec);
    pith_warc_close(r);
    r = open_bytes(b.data, b.len, 0);
    int errors;
    assert_int_equal(read_all(r, rec, &errors, sample_expected, SAMPLE_COUNT), SAMPLE_COUNT);
    assert_int_equal(errors, 0);
    assert_int_equal(pith_warc_position(r), b.len);
    pith_warc_close(r);
    pith_warc_record_free(rec);
    buf_dispose(&b);
}

/* One gzip member per record, as crawlers write; and one stream. */
static void gzip_members_and_single_stream(void **state)
{
    (void)state;
    buf b = BUF_INIT, members = BUF_INIT, stream = BUF_INIT;
    size_t ends[16];
    int n = sample_records(&b, ends);
    size_t member_start[16];
    for (int i = 0; i < n; i++) {
        size_t from = i ? ends[i - 1] : 0;
        member_start[i] = members.len;
        gzip_bytes(b.data + from, ends[i] - from, &members);
    }
    gzip_bytes(b.data, b.len, &stream);
    pith_warc_record *rec = pith_warc_record_new();
    int errors;

    pith_warc_reader *r = open_bytes(members.data, members.len, 0);
    check_sample_details(r, rec);
    pith_warc_close(r);
    r = open_bytes(members.data, members.len, 0);
    for (int i = 0; i < n; i++) {
        assert_int_equal(pith_warc_next(r, rec), 1);
        assert_int_equal(pith_warc_record_offset(rec), member_start[i]); /* CDX offsets */
    }
    pith_warc_close(r);

    r = open_bytes(stream.data, stream.len, 0);
    assert_int_equal(read_all(r, rec, &errors, sample_expected, SAMPLE_COUNT), SAMPLE_COUNT);
    assert_int_equal(errors, 0);
    pith_warc_close(r);
    pith_warc_record_free(rec);
    buf_dispose(&b);
    buf_dispose(&members);
    buf_dispose(&stream);
}

static void corrupt_member_is_reported_and_skipped(void **state)
{
    (void)state;
    buf b = BUF_INIT, members = BUF_INIT;
    size_t ends[16];
    int n = sample_records(&b, ends);
    size_t member_start[16];
    for (int i = 0; i < n; i++) {
        size_t from = i ? ends[i - 1] : 0;
        member_start[i] = members.len;
        gzip_bytes(b.data + from, ends[i] - from, &members);
    }
    char *clean = malloc(members.len);
    memcpy(clean, members.data, members.len);
    /* Damage the deflate data of the third member (the HTML response). */
    for (size_t k = member_start[2] + 14; k < member_start[2] + 40; k++)
        members.data[k] ^= 0x5a;
    pith_warc_record *rec = pith_warc_record_new();
    pith_warc_reader *r = open_bytes(members.data, members.len, 0);
    int errors;
    int count = read_all(r, rec, &errors, NULL, 0);
    assert_int_equal(errors, 1);
    assert_true(count >= n - 1); /* everything but the damaged record */
    pith_warc_close(r);

    /* A cut member: what came before it, then one error, then the end. */
    r = open_bytes(clean, member_start[5] + (member_start[6] - member_start[5]) / 2, 0);
    count = read_all(r, rec, &errors, NULL, 0);
    assert_int_equal(errors, 1);
    assert_true(count >= 4);
    pith_warc_close(r);
    free(clean);
    pith_warc_record_free(rec);
    buf_dispose(&b);
    buf_dispose(&members);
}

static void truncated_plain_file(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    size_t ends[16];
    sample_records(&b, ends);
    pith_warc_record *rec = pith_warc_record_new();
    /* Cut inside the block of the fourth record. */
    pith_warc_reader *r = open_bytes(b.data, ends[2] + (ends[3] - ends[2]) - 20, 0);
    int errors;
    assert_int_equal(read_all(r, rec, &errors, sample_expected, 3), 3);
    assert_int_equal(errors, 1);
    pith_warc_close(r);
    /* After an error the header of the damaged record is still known. */
    r = open_bytes(b.data, ends[2] + (ends[3] - ends[2]) - 20, 0);
    for (int i = 0; i < 3; i++)
        assert_int_equal(pith_warc_next(r, rec), 1);
    assert_int_equal(pith_warc_next(r, rec), PITH_EFORMAT);
    assert_string_equal(pith_warc_record_id(rec), "<urn:uuid:resp-404>");
    assert_non_null(strstr(pith_warc_error(r), "truncated"));
    assert_int_equal(pith_warc_next(r, rec), 0);
    pith_warc_close(r);
    pith_warc_record_free(rec);
    buf_dispose(&b);
}

static void garbage_between_records_resyncs(void **state)
{
    (void)state;
    buf b = BUF_INIT, bad = BUF_INIT;
    size_t ends[16];
    int n = sample_records(&b, ends);
    buf_append(&bad, b.data, ends[1]);
    buf_puts(&bad, "this is not a record\r\nnor this\r\n");
    buf_append(&bad, b.data + ends[1], b.len - ends[1]);
    /* And a record whose Content-Length is not a number. */
    buf_puts(&bad, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bad-length>\r\n"
                   "Content-Length: lots\r\n\r\nbody\r\n\r\n");
    add_record(&bad, "resource", "http://example.com/last", "last", "text/html", "<p>x</p>", 8);
    pith_warc_record *rec = pith_warc_record_new();
    pith_warc_reader *r = open_bytes(bad.data, bad.len, 0);
    int errors;
    assert_int_equal(read_all(r, rec, &errors, NULL, 0), n + 1);
    assert_int_equal(errors, 2);
    pith_warc_close(r);
    pith_warc_record_free(rec);
    buf_dispose(&b);
    buf_dispose(&bad);
}

static void records_over_the_cap_are_skipped(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    char *big = malloc(5000);
    memset(big, 'x', 5000);
    memcpy(big, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", 44);
    add_record(&b, "response", "http://example.com/big", "big", "application/http; msgtype=response", big, 5000);
    add_record(&b, "resource", "http://example.com/small", "small", "text/html", "<p>x</p>", 8);
    pith_warc_record *rec = pith_warc_record_new();
    pith_warc_reader *r = open_bytes(b.data, b.len, 1000);
    assert_int_equal(pith_warc_next(r, rec), 1);
    assert_int_equal(pith_warc_record_skip(rec), PITH_WARC_SKIP_TOO_LARGE);
    assert_int_equal(pith_warc_next(r, rec), 1);
    assert_int_equal(pith_warc_record_skip(rec), PITH_WARC_SKIP_NONE);
    assert_int_equal(pith_warc_next(r, rec), 0);
    pith_warc_close(r);
    pith_warc_record_free(rec);
    free(big);
    buf_dispose(&b);
}

/* Random damage anywhere must end, without crashing, in bounded steps. */
static void random_damage_terminates(void **state)
{
    (void)state;
    buf b = BUF_INIT, members = BUF_INIT;
    size_t ends[16];
    int n = sample_records(&b, ends);
    for (int i = 0; i < n; i++) {
        size_t from = i ? ends[i - 1] : 0;
        gzip_bytes(b.data + from, ends[i] - from, &members);
    }
    pith_warc_record *rec = pith_warc_record_new();
    unsigned seed = 12345;
    for (int round = 0; round < 300; round++) {
        buf *src = round & 1 ? &members : &b;
        char *copy = malloc(src->len);
        memcpy(copy, src->data, src->len);
        for (int k = 0; k < 1 + round % 8; k++) {
            seed = seed * 1103515245u + 12345u;
            copy[(seed >> 8) % src->len] ^= (char)(1 + (seed >> 3) % 255);
        }
        seed = seed * 1103515245u + 12345u;
        size_t len = round % 3 == 0 ? (seed >> 8) % src->len : src->len;
        pith_warc_reader *r = open_bytes(copy, len, 4096);
        int errors;
        int count = read_all(r, rec, &errors, NULL, 0);
        assert_true(count + errors < 1000);
        pith_warc_close(r);
        free(copy);
    }
    pith_warc_record_free(rec);
    buf_dispose(&b);
    buf_dispose(&members);
}

static void empty_and_missing_files(void **state)
{
    (void)state;
    pith_warc_record *rec = pith_warc_record_new();
    pith_warc_reader *r = open_bytes("", 0, 0);
    assert_int_equal(pith_warc_next(r, rec), 0);
    pith_warc_close(r);
    assert_int_equal(pith_warc_open("/nonexistent/file.warc", 0, &r), PITH_EIO);
    assert_null(r);
    pith_warc_record_free(rec);
    pith_warc_close(NULL);
    pith_warc_record_free(NULL);
    assert_string_equal(pith_warc_skip_name(PITH_WARC_SKIP_NOT_HTML), "not-html");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(plain_file_records_and_payloads),
        cmocka_unit_test(gzip_members_and_single_stream),
        cmocka_unit_test(corrupt_member_is_reported_and_skipped),
        cmocka_unit_test(truncated_plain_file),
        cmocka_unit_test(garbage_between_records_resyncs),
        cmocka_unit_test(records_over_the_cap_are_skipped),
        cmocka_unit_test(random_damage_terminates),
        cmocka_unit_test(empty_and_missing_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
