/* test_decode.c - encoding labels, sniffing and decoding (src/html/decode). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "html/decode/decode.h"
#include "pith.h"

static arena *A;

static int setup(void **state)
{
    (void)state;
    A = arena_new(0);
    return A ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    arena_free(A);
    return 0;
}

/* Decodes and checks encoding, source and output bytes. */
static html_decoded decode(const char *bytes, size_t len, const char *transport)
{
    html_decoded d;
    assert_int_equal(html_decode(A, bytes, len, transport, &d), 0);
    assert_non_null(d.utf8);
    assert_int_equal(d.utf8[d.len], '\0');
    return d;
}

#define DECODE_LIT(lit, transport) decode((lit), sizeof(lit) - 1, (transport))

static void assert_text(html_decoded d, const char *want)
{
    assert_int_equal(d.len, strlen(want));
    assert_memory_equal(d.utf8, want, d.len);
}

static void test_labels(void **state)
{
    (void)state;
    static const struct { const char *label, *name; } cases[] = {
        { "latin1", "windows-1252" },      { "ascii", "windows-1252" },
        { "iso-8859-1", "windows-1252" },  { "US-ASCII", "windows-1252" },
        { " \tUTF-8\n ", "UTF-8" },        { "utf8", "UTF-8" },
        { "x-sjis", "Shift_JIS" },         { "ms932", "Shift_JIS" },
        { "gb2312", "GBK" },               { "GB18030", "gb18030" },
        { "utf-16", "UTF-16LE" },          { "unicodefffe", "UTF-16BE" },
        { "big5-hkscs", "Big5" },          { "ks_c_5601-1987", "EUC-KR" },
        { "iso8859-2", "ISO-8859-2" },     { "visual", "ISO-8859-8" },
        { "logical", "ISO-8859-8-I" },     { "koi8_r", "KOI8-R" },
        { "x-mac-ukrainian", "x-mac-cyrillic" }, { "tis-620", "windows-874" },
        { "iso-2022-kr", "replacement" },  { "x-user-defined", "x-user-defined" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *got = html_encoding_for_label(slice_make(cases[i].label, strlen(cases[i].label)));
        assert_non_null(got);
        assert_string_equal(got, cases[i].name);
    }
    assert_null(html_encoding_for_label(SLICE_LIT("utf-7")));
    assert_null(html_encoding_for_label(SLICE_LIT("")));
    assert_null(html_encoding_for_label(SLICE_LIT("   ")));
    assert_null(html_encoding_for_label(SLICE_LIT("utf-8x")));
    assert_null(html_encoding_for_label(SLICE_LIT("a-label-much-longer-than-any-real-one")));
}

static void test_windows_1251(void **state)
{
    (void)state;
    /* "Привет" */
    html_decoded d = DECODE_LIT("<meta charset=windows-1251><p>\xCF\xF0\xE8\xE2\xE5\xF2", NULL);
    assert_string_equal(d.encoding, "windows-1251");
    assert_int_equal(d.source, ENC_FROM_META);
    assert_text(d, "<meta charset=windows-1251><p>\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
    assert_int_equal(d.invalid_sequences, 0);
}

static void test_windows_1252_c1_holes(void **state)
{
    (void)state;
    /* 0x80 is the euro sign; 0x81 0x8D 0x8F 0x90 0x9D are C1 controls in
     * the standard's index, never dropped. */
    html_decoded d = DECODE_LIT("\x80\x81\x8D\x8F\x90\x9D\xE9", "windows-1252");
    assert_text(d, "\xE2\x82\xAC\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D\xC3\xA9");
    assert_int_equal(d.invalid_sequences, 0);
}

static void test_iso_8859_holes_are_errors(void **state)
{
    (void)state;
    /* ISO-8859-3 leaves 0xA5 undefined: U+FFFD, the rest decodes. */
    html_decoded d = DECODE_LIT("a\xA5" "b\xE7", "iso-8859-3");
    assert_text(d, "a\xEF\xBF\xBD" "b\xC3\xA7");
    assert_int_equal(d.invalid_sequences, 1);
}

static void test_shift_jis(void **state)
{
    (void)state;
    /* "日本語" */
    html_decoded d = DECODE_LIT("<meta http-equiv=Content-Type content='text/html; charset=x-sjis'>"
                                "\x93\xFA\x96\x7B\x8C\xEA", NULL);
    assert_string_equal(d.encoding, "Shift_JIS");
    assert_text(d, "<meta http-equiv=Content-Type content='text/html; charset=x-sjis'>"
                   "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");
    /* A lead byte cut by the end: one U+FFFD, nothing before it lost. */
    d = DECODE_LIT("\x93\xFA\x93", "shift_jis");
    assert_text(d, "\xE6\x97\xA5\xEF\xBF\xBD");
    assert_int_equal(d.invalid_sequences, 1);
}

static void test_gb2312(void **state)
{
    (void)state;
    /* "中文", and 0x80 which the gbk decoder maps to the euro sign. */
    html_decoded d = DECODE_LIT("<meta charset=\"gb2312\">\xD6\xD0\xCE\xC4\x80", NULL);
    assert_string_equal(d.encoding, "GBK");
    assert_text(d, "<meta charset=\"gb2312\">\xE4\xB8\xAD\xE6\x96\x87\xE2\x82\xAC");
    /* A four-byte gb18030 sequence (U+00DE). */
    d = DECODE_LIT("\x81\x30\x89\x37", "gb18030");
    assert_text(d, "\xC3\x9E");
}

static void test_big5(void **state)
{
    (void)state;
    html_decoded d = DECODE_LIT("\xA4\xA4\xA4\xE5", "big5"); /* "中文" */
    assert_string_equal(d.encoding, "Big5");
    assert_text(d, "\xE4\xB8\xAD\xE6\x96\x87");
    /* An invalid trail byte: the lead becomes U+FFFD, the ASCII byte stays. */
    d = DECODE_LIT("\xA4" "0", "big5");
    assert_text(d, "\xEF\xBF\xBD" "0");
}

static void test_euc_kr_and_iso_2022_jp(void **state)
{
    (void)state;
    assert_text(DECODE_LIT("\xC7\xD1\xB1\xB9", "euc-kr"), "\xED\x95\x9C\xEA\xB5\xAD"); /* 한국 */
    /* "こん" between escape sequences. */
    assert_text(DECODE_LIT("\x1B$B$3$s\x1B(B!", "iso-2022-jp"), "\xE3\x81\x93\xE3\x82\x93!");
    assert_text(DECODE_LIT("\xA4\xB3", "euc-jp"), "\xE3\x81\x93");
}

static void test_utf16(void **state)
{
    (void)state;
    /* BOMs decide, are stripped, and beat transport and meta. */
    html_decoded d = DECODE_LIT("\xFF\xFE<\0p\0>\0\xE9\0", "windows-1252");
    assert_string_equal(d.encoding, "UTF-16LE");
    assert_int_equal(d.source, ENC_FROM_BOM);
    assert_text(d, "<p>\xC3\xA9");
    d = DECODE_LIT("\xFE\xFF\0<\0p\0>\xD8\x3D\xDE\x00", NULL);
    assert_string_equal(d.encoding, "UTF-16BE");
    assert_text(d, "<p>\xF0\x9F\x98\x80"); /* a surrogate pair: U+1F600 */
    /* A lone surrogate and an odd final byte are errors. */
    d = DECODE_LIT("\x00\xD8" "a\0" "b", "utf-16le");
    assert_text(d, "\xEF\xBF\xBD" "a\xEF\xBF\xBD");
    assert_int_equal(d.invalid_sequences, 2);
    /* A <meta> cannot say UTF-16: it means UTF-8. */
    d = DECODE_LIT("<meta charset=utf-16le>\xC3\xA9", NULL);
    assert_string_equal(d.encoding, "UTF-8");
}

static void test_utf8_bom(void **state)
{
    (void)state;
    html_decoded d = DECODE_LIT("\xEF\xBB\xBF<p>\xC3\xA9", "iso-8859-2");
    assert_string_equal(d.encoding, "UTF-8");
    assert_int_equal(d.source, ENC_FROM_BOM);
    assert_text(d, "<p>\xC3\xA9");
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    /* Maximal subparts: C0 is never a lead; ED A0 is a surrogate start
     * (ED alone is the subpart); F0 9F 98 is one subpart cut by 'x'. */
    html_decoded d = DECODE_LIT("a\xC0\xAF" "b\xED\xA0\x80" "c\xF0\x9F\x98x\xFF", "utf-8");
    assert_text(d, "a\xEF\xBF\xBD\xEF\xBF\xBD"
                   "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                   "c\xEF\xBF\xBDx\xEF\xBF\xBD");
    assert_int_equal(d.invalid_sequences, 7);
    /* A sequence cut by the end is one U+FFFD. */
    d = DECODE_LIT("ok\xE2\x82", "utf-8");
    assert_text(d, "ok\xEF\xBF\xBD");
    assert_int_equal(d.invalid_sequences, 1);
    /* NUL bytes are kept: the tokenizer handles U+0000. */
    d = decode("a\0b", 3, "utf-8");
    assert_int_equal(d.len, 3);
    assert_memory_equal(d.utf8, "a\0b", 3);
}

static void test_transport_override(void **state)
{
    (void)state;
    /* The transport charset beats <meta>; a full Content-Type works too. */
    html_decoded d = DECODE_LIT("<meta charset=utf-8>\xF0", "koi8-r");
    assert_string_equal(d.encoding, "KOI8-R");
    assert_int_equal(d.source, ENC_FROM_TRANSPORT);
    assert_text(d, "<meta charset=utf-8>\xD0\x9F"); /* KOI8-R 0xF0 is П */
    d = DECODE_LIT("\xE9", "text/html; charset=\"ISO-8859-2\"");
    assert_string_equal(d.encoding, "ISO-8859-2");
    /* An unknown transport label is ignored. */
    d = DECODE_LIT("<meta charset=iso-8859-5>", "no-such-encoding");
    assert_string_equal(d.encoding, "ISO-8859-5");
    assert_int_equal(d.source, ENC_FROM_META);
}

static void test_prescan_rules(void **state)
{
    (void)state;
    /* x-user-defined from a <meta> means windows-1252. */
    assert_string_equal(html_prescan_encoding("<meta charset=x-user-defined>", 29), "windows-1252");
    /* http-equiv content needs the pragma. */
    const char *no_pragma = "<meta content='text/html; charset=koi8-r'>";
    assert_null(html_prescan_encoding(no_pragma, strlen(no_pragma)));
    /* Inside a comment, nothing counts. */
    const char *comment = "<!-- <meta charset=koi8-r> --><meta charset=iso-8859-7>";
    assert_string_equal(html_prescan_encoding(comment, strlen(comment)), "ISO-8859-7");
    /* Attributes of other tags are skipped whole. */
    const char *other = "<div title='<meta charset=koi8-r>'><meta charset=ibm866>";
    assert_string_equal(html_prescan_encoding(other, strlen(other)), "IBM866");
    /* The XML declaration is used when no <meta> speaks. */
    html_decoded d = DECODE_LIT("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><p>\xA4", NULL);
    assert_string_equal(d.encoding, "ISO-8859-15");
    assert_text(d, "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><p>\xE2\x82\xAC");
}

static void test_replacement_and_user_defined(void **state)
{
    (void)state;
    html_decoded d = DECODE_LIT("<meta charset=iso-2022-kr>abc", NULL);
    assert_string_equal(d.encoding, "replacement");
    assert_text(d, "\xEF\xBF\xBD");
    d = DECODE_LIT("a\x80\xFF", "x-user-defined");
    assert_text(d, "a\xEF\x9E\x80\xEF\x9F\xBF"); /* U+F780, U+F7FF */
}

static void test_fallbacks(void **state)
{
    (void)state;
    html_decoded d = DECODE_LIT("<p>plain ascii", NULL);
    assert_string_equal(d.encoding, "windows-1252");
    assert_int_equal(d.source, ENC_FROM_DEFAULT);
    assert_text(d, "<p>plain ascii");
    d = DECODE_LIT("<p>caf\xC3\xA9", NULL);
    assert_string_equal(d.encoding, "UTF-8");
    assert_int_equal(d.source, ENC_FROM_DETECTOR);
    /* Valid UTF-8 cut in the middle of the last character is still UTF-8. */
    d = DECODE_LIT("<p>caf\xC3\xA9\xE2\x82", NULL);
    assert_string_equal(d.encoding, "UTF-8");
    assert_text(d, "<p>caf\xC3\xA9\xEF\xBF\xBD");
    d = decode("", 0, NULL);
    assert_int_equal(d.len, 0);
    assert_int_equal(html_decode(A, NULL, 1, NULL, &d), PITH_EINVAL);
}

static void test_meta_overruled_by_valid_utf8(void **state)
{
    (void)state;
    /* A page converted to UTF-8 that still declares gb2312: the bytes win. */
    html_decoded d = DECODE_LIT("<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87", NULL);
    assert_string_equal(d.encoding, "UTF-8");
    assert_int_equal(d.source, ENC_FROM_DETECTOR);
    assert_text(d, "<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87");
    /* Real gb2312 bytes are not valid UTF-8: the <meta> holds. */
    d = DECODE_LIT("<meta charset=gb2312><p>\xD6\xD0\xCE\xC4", NULL);
    assert_string_equal(d.encoding, "GBK");
    assert_int_equal(d.source, ENC_FROM_META);
    /* Pure ASCII keeps the declared encoding (nothing to tell them apart). */
    d = DECODE_LIT("<meta charset=koi8-r><p>ascii", NULL);
    assert_string_equal(d.encoding, "KOI8-R");
    /* The transport is not second-guessed. */
    d = DECODE_LIT("<p>\xC3\xA9", "iso-8859-2");
    assert_string_equal(d.encoding, "ISO-8859-2");
}

static void test_detector_big5(void **state)
{
    (void)state;
    const char *dir = getenv("PITH_SHARED_DATA");
    char path[4096];
    snprintf(path, sizeof path, "%s/html5lib-tests/encoding/chardet/test_big5.txt",
             dir ? dir : "../shared/data");
    FILE *f = fopen(path, "rb");
    if (!f) {
        skip();
        return;
    }
    char buf[8192];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    html_decoded d = decode(buf, n, NULL);
    assert_string_equal(d.encoding, "Big5");
    assert_int_equal(d.source, ENC_FROM_DETECTOR);
    assert_int_equal(d.invalid_sequences, 0);
}

static void test_arena_limit(void **state)
{
    (void)state;
    arena *small = arena_new(4096);
    assert_non_null(small);
    static char big[100000];
    memset(big, 'x', sizeof big);
    html_decoded d;
    assert_int_equal(html_decode(small, big, sizeof big, "utf-8", &d), PITH_ENOMEM);
    assert_int_equal(html_decode(small, big, sizeof big, "shift_jis", &d), PITH_ENOMEM);
    assert_int_equal(html_decode(small, big, sizeof big, "windows-1252", &d), PITH_ENOMEM);
    arena_free(small);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_labels),
        cmocka_unit_test(test_windows_1251),
        cmocka_unit_test(test_windows_1252_c1_holes),
        cmocka_unit_test(test_iso_8859_holes_are_errors),
        cmocka_unit_test(test_shift_jis),
        cmocka_unit_test(test_gb2312),
        cmocka_unit_test(test_big5),
        cmocka_unit_test(test_euc_kr_and_iso_2022_jp),
        cmocka_unit_test(test_utf16),
        cmocka_unit_test(test_utf8_bom),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_transport_override),
        cmocka_unit_test(test_prescan_rules),
        cmocka_unit_test(test_replacement_and_user_defined),
        cmocka_unit_test(test_fallbacks),
        cmocka_unit_test(test_meta_overruled_by_valid_utf8),
        cmocka_unit_test(test_detector_big5),
        cmocka_unit_test(test_arena_limit),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
