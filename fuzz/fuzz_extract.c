/* fuzz_extract.c - libFuzzer target for the whole pipeline through the
 * public API only (include/pith.h): pith_extract, every field, every
 * render format.
 *
 * First byte: option bits (links, images, comments, tables, scripting,
 * favor); the rest is the page. */
#include <stdint.h>
#include <stdlib.h>

#include "pith.h"

static int discard(const char *data, size_t len, void *payload)
{
    (void)data;
    *(size_t *)payload += len;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned mode = data[0];
    /* One extractor for the whole run, as real callers reuse it: state
     * left over from one page must not hurt the next. */
    static pith_extractor *ex;
    if (!ex && !(ex = pith_extractor_new()))
        return 0;
    pith_extractor_set(ex, PITH_OPT_LINKS, mode & 1);
    pith_extractor_set(ex, PITH_OPT_IMAGES, (mode >> 1) & 1);
    pith_extractor_set(ex, PITH_OPT_COMMENTS, (mode >> 2) & 1);
    pith_extractor_set(ex, PITH_OPT_TABLES, (mode >> 3) & 1);
    pith_extractor_set(ex, PITH_OPT_SCRIPTING, (mode >> 4) & 1);
    pith_extractor_set(ex, PITH_OPT_FAVOR, (int)((mode >> 5) % 3) - 1);
    pith_extractor_set(ex, PITH_OPT_MAX_INPUT_MB, 64);

    pith_result *r = NULL;
    const char *url = (mode & 0x80) ? "https://example.com/news/a/b.html?x=1#f" : NULL;
    int rc = pith_extract(ex, (const char *)data + 1, size - 1, url, NULL, &r);
    if (rc == 0) {
        if (!r)
            abort();
        for (int f = 0; f < PITH_FIELD__COUNT; f++) {
            size_t len = 0;
            const char *v = pith_result_field(r, (pith_field)f, &len);
            if (v && v[len] != '\0')
                abort(); /* accessors promise NUL-terminated strings */
        }
        for (int fmt = 0; fmt < PITH_FORMAT__COUNT; fmt++) {
            size_t len = 0, pushed = 0;
            char *s = pith_result_render_string(r, (pith_format)fmt, "fuzz", &len);
            if (s && s[len] != '\0')
                abort();
            pith_free(s);
            pith_result_render(r, (pith_format)fmt, NULL, discard, &pushed);
        }
    } else if (r) {
        abort(); /* a failure leaves no result */
    }
    pith_result_free(r);
    return 0;
}
