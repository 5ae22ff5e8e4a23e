/* decode.c - PLACEHOLDER until the encoding work lands: treats input as
 * UTF-8 and copies it.  Replaced by the real sniffing/decoding. */
#include "decode.h"
#include "pith.h"

int html_decode(arena *a, const char *bytes, size_t len, const char *transport, html_decoded *out)
{
    (void)transport;
    char *p = arena_strndup(a, bytes, len);
    if (!p)
        return PITH_ENOMEM;
    *out = (html_decoded){ p, len, "UTF-8", ENC_FROM_DEFAULT, 0 };
    return 0;
}
