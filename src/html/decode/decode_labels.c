/* decode_labels.c - label lookup (Encoding Standard 4.2, "get an encoding"):
 * trim ASCII whitespace, compare ASCII case-insensitively, and answer the
 * canonical name from the generated table. */
#include <stdlib.h>
#include <string.h>

#include "../../core/ascii.h"
#include "decode.h"
#include "encoding_labels.h"

static int compare_label(const void *key, const void *entry)
{
    return strcmp(key, ((const html_encoding_label *)entry)->label);
}

const char *html_encoding_for_label(slice label)
{
    size_t start = 0, end = label.len;
    while (start < end && ascii_is_space((unsigned char)label.ptr[start]))
        start++;
    while (end > start && ascii_is_space((unsigned char)label.ptr[end - 1]))
        end--;
    size_t n = end - start;
    if (n == 0 || n > HTML_ENCODING_LABEL_MAX)
        return NULL;
    char key[HTML_ENCODING_LABEL_MAX + 1];
    for (size_t i = 0; i < n; i++)
        key[i] = (char)ascii_lower((unsigned char)label.ptr[start + i]);
    key[n] = '\0';
    const html_encoding_label *hit = bsearch(key, html_encoding_labels, HTML_ENCODING_LABEL_COUNT,
                                             sizeof *hit, compare_label);
    return hit ? html_encodings[hit->encoding].name : NULL;
}

const html_encoding_info *html_encoding_info_for_name(const char *name)
{
    if (!name)
        return NULL;
    slice s = slice_make(name, strlen(name));
    for (size_t i = 0; i < HTML_ENCODING_COUNT; i++)
        if (slice_eq_nocase(s, html_encodings[i].name))
            return &html_encodings[i];
    return NULL;
}
