/* fuzz_decode.c - libFuzzer target for the decoder (src/html/decode).
 *
 * The first byte picks the transport charset (none, or one of a list that
 * covers every decoder kind); the rest is the page.  Checks that the output
 * is NUL-terminated valid UTF-8 and that label lookup and the prescan
 * survive any bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html/decode/decode.h"
#include "html/decode/decode_internal.h"

static const char *const transports[] = {
    NULL, "utf-8", "windows-1252", "windows-1255", "iso-8859-3", "koi8-r",
    "x-mac-cyrillic", "shift_jis", "euc-jp", "iso-2022-jp", "gbk", "gb18030",
    "big5", "euc-kr", "utf-16le", "utf-16be", "x-user-defined", "replacement",
    "text/html; charset=\"iso-8859-2\"", "no-such-label",
};
enum { TRANSPORTS = sizeof transports / sizeof *transports };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *transport = transports[data[0] % TRANSPORTS];
    const char *page = (const char *)data + 1;
    size_t len = size - 1;

    arena *a = arena_new(256u << 20);
    if (!a)
        return 0;
    html_decoded d;
    if (html_decode(a, page, len, transport, &d) == 0) {
        if (!d.utf8 || d.utf8[d.len] != '\0' || !d.encoding)
            abort();
        if (html_utf8_valid_prefix((const unsigned char *)d.utf8, d.len, NULL) != d.len)
            abort(); /* the tokenizer relies on valid UTF-8 */
    }
    /* The pieces on their own. */
    (void)html_prescan_encoding(page, len);
    (void)html_xml_declared_encoding(page, len);
    (void)html_encoding_for_label(slice_make(page, len < 64 ? len : 64));
    (void)html_encoding_from_content_type(slice_make(page, len < 1024 ? len : 1024));
    arena_free(a);
    return 0;
}
