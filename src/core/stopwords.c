/* stopwords.c - stop-word lookup in the generated table, lowercase folding
 * for the scripts the lists cover, and language from a tag. */
#include "stopwords.h"

#include "ascii.h"
#include "utf8.h"

static uint32_t fnv1a(const char *w, size_t n)
{
    uint32_t h = 0x811C9DC5u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)w[i];
        h *= 0x01000193u;
    }
    return h;
}

uint32_t stopword_langs(const char *w, size_t n)
{
    if (n == 0 || n > stopword_max_len)
        return 0;
    uint32_t h = fnv1a(w, n) & (STOPWORD_TABLE_SIZE - 1);
    /* The signature byte array (4 KiB) answers "empty" and "another
     * word" for most probes; the entry is read only when it matches.
     * n < 16 here, so the signature is as the generator wrote it. */
    uint8_t want = (uint8_t)(n << 4 | ((unsigned char)w[0] & 15));
    for (unsigned probes = 0; probes < STOPWORD_TABLE_SIZE; probes++) {
        uint8_t sig = stopword_sig[h];
        if (!sig)
            return 0;
        if (sig == want) {
            const stopword_entry *e = &stopword_table[h];
            if (e->len == n && memcmp(e->word, w, n) == 0)
                return e->langs;
        }
        h = (h + 1) & (STOPWORD_TABLE_SIZE - 1);
    }
    return 0;
}

int stopword_lang_from_tag(slice tag)
{
    size_t n = 0;
    while (n < tag.len && ascii_is_alpha((unsigned char)tag.ptr[n]))
        n++;
    if (n < 2 || n > 3)
        return -1;
    char code[4] = { 0 };
    for (size_t i = 0; i < n; i++)
        code[i] = (char)ascii_lower((unsigned char)tag.ptr[i]);
    /* Norwegian Bokmål and Nynorsk share one list. */
    if (strcmp(code, "nb") == 0 || strcmp(code, "nn") == 0)
        strcpy(code, "no");
    for (int i = 0; i < STOPWORD_LANGS; i++)
        if (strcmp(code, stopword_lang_codes[i]) == 0)
            return i;
    return -1;
}

static unsigned lower_cp(unsigned cp)
{
    if (cp < 0x80)
        return ascii_lower(cp);
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) ||
        (cp >= 0x410 && cp <= 0x42F))
        return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 0x50;
    /* Latin Extended-A pairs upper/lower on even/odd code points, with a
     * shifted stretch in the middle (U+0139..U+0148, U+0179..U+017E). */
    if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149) {
        bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (odd_upper ? (cp & 1) : !(cp & 1))
            return cp + 1;
    }
    if (cp == 0x130)
        return 'i';
    return cp;
}

size_t stopword_lower_utf8(unsigned cp, char *out)
{
    return utf8_encode(lower_cp(cp), out);
}
