/* test_warc_decode.c - chunked transfer coding, content codings, sniffing
 * and Content-Type parsing of the WARC reader. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <zlib.h>
#ifdef TEST_BROTLI
#include <brotli/encode.h>
#endif

#include "pith.h"
#include "warc/warc_decode.h"
#include "warc/warc_record.h"

static slice S(const char *s) { return slice_make(s, strlen(s)); }

static void chunked_joins_chunks_and_ignores_extensions(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    const char *body = "5\r\nHello\r\n7;name=value\r\n, world\r\n0\r\nTrailer: x\r\n\r\n";
    assert_int_equal(warc_decode_chunked(S(body), 1000, &out), 0);
    assert_int_equal(out.len, 12);
    assert_memory_equal(out.data, "Hello, world", 12);
    buf_dispose(&out);
}

static void chunked_accepts_bare_lf_and_upper_hex(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    assert_int_equal(warc_decode_chunked(S("A\n0123456789\n0\n\n"), 1000, &out), 0);
    assert_int_equal(out.len, 10);
    buf_dispose(&out);
}

static void chunked_keeps_a_cut_chunk(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    assert_int_equal(warc_decode_chunked(S("4\r\nabcd\r\n10\r\nxyz"), 1000, &out), 0);
    assert_int_equal(out.len, 7);
    assert_memory_equal(out.data, "abcdxyz", 7);
    buf_dispose(&out);
}

static void chunked_refuses_a_body_that_is_not_chunked(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    assert_int_equal(warc_decode_chunked(S("<html>hello</html>"), 1000, &out), WARC_DECODE_NOT_ENCODED);
    assert_int_equal(warc_decode_chunked(S("12 34\r\n"), 1000, &out), WARC_DECODE_NOT_ENCODED);
    buf_dispose(&out);
}

static void chunked_stops_at_the_cap(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    assert_int_equal(warc_decode_chunked(S("8\r\n12345678\r\n8\r\n12345678\r\n0\r\n"), 10, &out), PITH_ELIMIT);
    buf_dispose(&out);
}

static void chunked_survives_huge_sizes(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    assert_int_equal(warc_decode_chunked(S("FFFFFFFFFFFFFFFFFFFFFFFF\r\nab"), 1000, &out), WARC_DECODE_NOT_ENCODED);
    assert_int_equal(warc_decode_chunked(S("7FFFFFFFFFFFFFFF\r\nab"), 1000, &out), 0);
    assert_int_equal(out.len, 2);
    buf_dispose(&out);
}

/* Compresses with zlib: window_bits 31 gzip, 15 zlib, -15 raw deflate. */
static size_t compress_with(const char *text, int window_bits, unsigned char *dst, size_t cap)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (unsigned char *)text;
    z.avail_in = (uInt)strlen(text);
    z.next_out = dst;
    z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t n = cap - z.avail_out;
    deflateEnd(&z);
    return n;
}

static void content_codings_decode(void **state)
{
    (void)state;
    const char *text = "<html><body><p>Some text, some text, some text.</p></body></html>";
    unsigned char packed[512];
    int bits[] = { 31, 15, -15 };
    warc_coding coding[] = { WARC_CODING_GZIP, WARC_CODING_DEFLATE, WARC_CODING_DEFLATE };
    for (int i = 0; i < 3; i++) {
        size_t n = compress_with(text, bits[i], packed, sizeof packed);
        buf out = BUF_INIT;
        assert_int_equal(warc_decode_content(coding[i], slice_make((char *)packed, n), 1 << 20, &out), 0);
        assert_int_equal(out.len, strlen(text));
        assert_memory_equal(out.data, text, out.len);
        buf_dispose(&out);
    }
}

static void gzip_label_over_plain_bytes_is_not_encoded(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    assert_int_equal(warc_decode_content(WARC_CODING_GZIP, S("<html>plain</html>"), 1000, &out),
                     WARC_DECODE_NOT_ENCODED);
    assert_int_equal(warc_decode_content(WARC_CODING_DEFLATE, S("<html>plain</html>"), 1000, &out),
                     WARC_DECODE_NOT_ENCODED);
    buf_dispose(&out);
}

static void truncated_gzip_keeps_the_decoded_part(void **state)
{
    (void)state;
    char text[4000];
    for (size_t i = 0; i < sizeof text - 1; i++)
        text[i] = (char)('a' + (i * 7 + i / 13) % 26);
    text[sizeof text - 1] = '\0';
    unsigned char packed[8192];
    size_t n = compress_with(text, 31, packed, sizeof packed);
    buf out = BUF_INIT;
    assert_int_equal(warc_decode_content(WARC_CODING_GZIP, slice_make((char *)packed, n * 2 / 3), 1 << 20, &out), 0);
    assert_true(out.len > 0 && out.len < strlen(text));
    assert_memory_equal(out.data, text, out.len);
    buf_dispose(&out);
}

static void gzip_bomb_stops_at_the_cap(void **state)
{
    (void)state;
    size_t big = 4 << 20;
    char *zeros = calloc(1, big + 1);
    memset(zeros, 'x', big);
    unsigned char *packed = malloc(big);
    size_t n = compress_with(zeros, 31, packed, big);
    buf out = BUF_INIT;
    assert_int_equal(warc_decode_content(WARC_CODING_GZIP, slice_make((char *)packed, n), 1 << 20, &out),
                     PITH_ELIMIT);
    buf_dispose(&out);
    free(packed);
    free(zeros);
}

static void corrupt_gzip_is_an_error(void **state)
{
    (void)state;
    unsigned char bad[] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff, 0xff, 0xff };
    buf out = BUF_INIT;
    assert_int_equal(warc_decode_content(WARC_CODING_GZIP, slice_make((char *)bad, sizeof bad), 1000, &out),
                     PITH_EFORMAT);
    buf_dispose(&out);
}

static void brotli_decodes_or_passes_plain_html(void **state)
{
    (void)state;
    buf out = BUF_INIT;
    /* Plain HTML under a "br" label is taken as it is. */
    assert_int_equal(warc_decode_content(WARC_CODING_BROTLI, S("<html><p>plain</p></html>"), 1000, &out),
                     WARC_DECODE_NOT_ENCODED);
#ifdef TEST_BROTLI
    const char *text = "<html><body><p>Brotli body, brotli body, brotli body.</p></body></html>";
    uint8_t packed[512];
    size_t n = sizeof packed;
    assert_true(BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, strlen(text), (const uint8_t *)text, &n, packed));
    assert_int_equal(warc_decode_content(WARC_CODING_BROTLI, slice_make((char *)packed, n), 1 << 20, &out), 0);
    assert_int_equal(out.len, strlen(text));
    assert_memory_equal(out.data, text, out.len);
    buf_clear(&out);
    assert_int_equal(warc_decode_content(WARC_CODING_BROTLI, slice_make((char *)packed, n), 10, &out), PITH_ELIMIT);
#endif
    buf_dispose(&out);
}

static void sniffing_finds_html(void **state)
{
    (void)state;
    assert_true(warc_sniff_html(S("  \r\n<!DOCTYPE html>")));
    assert_true(warc_sniff_html(S("\xef\xbb\xbf<HTML lang=en>")));
    assert_true(warc_sniff_html(S("<!-- x -->")));
    assert_true(warc_sniff_html(S("<p>hi")));
    assert_false(warc_sniff_html(S("<pre>x")));
    assert_false(warc_sniff_html(S("\x89PNG\r\n")));
    assert_false(warc_sniff_html(S("{\"json\": 1}")));
    assert_false(warc_sniff_html(S("<html")));
    assert_false(warc_sniff_html(S("")));
}

static void content_type_parameters(void **state)
{
    (void)state;
    char mt[64], cs[32];
    bool has;
    warc_parse_content_type(S(" Text/HTML ; Charset=\"ISO-8859-1\" ; q=1"), mt, sizeof mt, cs, sizeof cs, &has);
    assert_string_equal(mt, "text/html");
    assert_true(has);
    assert_string_equal(cs, "iso-8859-1");
    warc_parse_content_type(S("text/html;charset=utf-8"), mt, sizeof mt, cs, sizeof cs, &has);
    assert_string_equal(cs, "utf-8");
    warc_parse_content_type(S("application/xhtml+xml"), mt, sizeof mt, cs, sizeof cs, &has);
    assert_string_equal(mt, "application/xhtml+xml");
    assert_false(has);
    warc_parse_content_type(S("html"), mt, sizeof mt, cs, sizeof cs, &has);
    assert_string_equal(mt, "");
    warc_parse_content_type(S(";charset="), mt, sizeof mt, cs, sizeof cs, &has);
    assert_string_equal(mt, "");
    assert_false(has);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(chunked_joins_chunks_and_ignores_extensions),
        cmocka_unit_test(chunked_accepts_bare_lf_and_upper_hex),
        cmocka_unit_test(chunked_keeps_a_cut_chunk),
        cmocka_unit_test(chunked_refuses_a_body_that_is_not_chunked),
        cmocka_unit_test(chunked_stops_at_the_cap),
        cmocka_unit_test(chunked_survives_huge_sizes),
        cmocka_unit_test(content_codings_decode),
        cmocka_unit_test(gzip_label_over_plain_bytes_is_not_encoded),
        cmocka_unit_test(truncated_gzip_keeps_the_decoded_part),
        cmocka_unit_test(gzip_bomb_stops_at_the_cap),
        cmocka_unit_test(corrupt_gzip_is_an_error),
        cmocka_unit_test(brotli_decodes_or_passes_plain_html),
        cmocka_unit_test(sniffing_finds_html),
        cmocka_unit_test(content_type_parameters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
