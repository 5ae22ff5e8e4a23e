/* meta_placeholder.c - PLACEHOLDER until metadata lands: nothing known.
 * Delete when src/meta/ has the real readers. */
#include "meta.h"

int meta_extract(const dom_document *page, slice url, arena *out, meta_info *m)
{
    (void)page, (void)out;
    *m = (meta_info){ 0 };
    if (url.len)
        m->url = url;
    return 0;
}

int meta_detect_language(meta_info *m, slice text, arena *out)
{
    (void)m, (void)text, (void)out;
    return 0;
}
