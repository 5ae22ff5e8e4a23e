/* decode_sniff.c - the encoding sniffing algorithm (HTML Standard
 * 13.2.3.2, "Determining the character encoding") up to the point where a
 * guess is needed: BOM, transport-layer charset, <meta> prescan, XML
 * declaration; and the statistical guess (uchardet) used after them. */
#include <stdbool.h>
#include <string.h>

#include <uchardet.h>

#include "decode_internal.h"

enum {
    /* Bytes handed to uchardet: its verdict settles long before this, and
     * a 100 MB page must not cost a 100 MB statistical pass. */
    DETECT_MAX = 64 * 1024,
};

const char *html_bom_encoding(const char *bytes, size_t len, size_t *bom_len)
{
    const unsigned char *s = (const unsigned char *)bytes;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        *bom_len = 3;
        return "UTF-8";
    }
    if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        *bom_len = 2;
        return "UTF-16BE";
    }
    if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        *bom_len = 2;
        return "UTF-16LE";
    }
    *bom_len = 0;
    return NULL;
}

/* The transport charset may be a bare label ("utf-8") or a whole
 * Content-Type value ("text/html; charset=utf-8"). */
static const char *transport_encoding(const char *transport)
{
    if (!transport)
        return NULL;
    slice t = slice_make(transport, strlen(transport));
    const char *enc = html_encoding_for_label(t);
    return enc ? enc : html_encoding_from_content_type(t);
}

const char *html_sniff_encoding(const char *bytes, size_t len, const char *transport,
                                html_encoding_source *source)
{
    html_encoding_source dummy;
    if (!source)
        source = &dummy;
    size_t bom_len;
    const char *enc = html_bom_encoding(bytes, len, &bom_len);
    if (enc) {
        *source = ENC_FROM_BOM;
        return enc;
    }
    if ((enc = transport_encoding(transport))) {
        *source = ENC_FROM_TRANSPORT;
        return enc;
    }
    if ((enc = html_prescan_encoding(bytes, len)) || (enc = html_xml_declared_encoding(bytes, len))) {
        *source = ENC_FROM_META;
        return enc;
    }
    return NULL;
}

/* uchardet names that are not Encoding Standard labels.  Others it may
 * answer (EUC-TW, IBM855, VISCII, ...) have no web encoding and fall
 * through to the default. */
static const struct {
    const char *detector, *encoding;
} detector_aliases[] = {
    { "MAC-CYRILLIC", "x-mac-cyrillic" },
};

/* Feeds uchardet the lines that hold non-ASCII bytes, up to DETECT_MAX:
 * markup and scripts (ASCII) tell it nothing and cost time, and the text
 * may start far into the page.  Lines end at LF, which no legacy
 * multi-byte encoding uses inside a character. */
static int feed_detector(uchardet_t ud, const char *bytes, size_t len)
{
    size_t fed = 0, pos = 0;
    while (pos < len && fed < DETECT_MAX) {
        const char *nl = memchr(bytes + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - bytes) + 1 : len;
        bool high = false;
        for (size_t i = pos; i < end && !high; i++)
            high = (unsigned char)bytes[i] >= 0x80;
        if (high) {
            size_t n = end - pos;
            if (n > DETECT_MAX - fed)
                n = DETECT_MAX - fed;
            if (uchardet_handle_data(ud, bytes + pos, n) != 0)
                return -1;
            fed += n;
        }
        pos = end;
    }
    return 0;
}

const char *html_detect_encoding(const char *bytes, size_t len)
{
    uchardet_t ud = uchardet_new();
    if (!ud)
        return NULL;
    const char *enc = NULL;
    if (feed_detector(ud, bytes, len) == 0) {
        uchardet_data_end(ud);
        const char *cs = uchardet_get_charset(ud);
        if (cs && *cs) {
            slice name = slice_make(cs, strlen(cs));
            enc = html_encoding_for_label(name);
            for (size_t i = 0; !enc && i < sizeof detector_aliases / sizeof *detector_aliases; i++)
                if (slice_eq_nocase(name, detector_aliases[i].detector))
                    enc = detector_aliases[i].encoding;
        }
    }
    uchardet_delete(ud);
    /* A statistical guess must not turn the page into one U+FFFD or into
     * UTF-16 noise: only a BOM or a declaration may pick those. */
    if (enc && (strcmp(enc, "replacement") == 0 || strcmp(enc, "UTF-16LE") == 0 ||
                strcmp(enc, "UTF-16BE") == 0 || strcmp(enc, "x-user-defined") == 0))
        enc = NULL;
    return enc;
}
