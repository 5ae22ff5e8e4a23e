/* ext_stopwords.c - the extractor's view of the stop-word table
 * (src/core/stopwords.h). */
#include "ext_stopwords.h"

uint32_t ext_stopword_langs(const char *w, size_t n)
{
    return stopword_langs(w, n);
}

unsigned ext_stopword_hit(int lang, const char *w, size_t n)
{
    uint32_t m = stopword_langs(w, n);
    if (lang < 0)
        return m != 0;
    return (m >> lang) & 1u;
}

int ext_stop_lang_from_tag(slice tag)
{
    return stopword_lang_from_tag(tag);
}

size_t ext_lower_utf8(unsigned cp, char *out)
{
    return stopword_lower_utf8(cp, out);
}
