/* meta_script.c - the writing system of a code point (by Unicode block,
 * which is exact enough for telling scripts apart), and which languages
 * each script writes.  Many scripts serve one language only (Hangul,
 * Greek, Thai...), so the script alone names the language of such text;
 * Latin, Cyrillic, Arabic, Devanagari, Bengali and Ethiopic need more
 * evidence. */
#include "meta_lang.h"

#include "../core/ascii.h"

typedef struct script_range {
    unsigned first, last;
    meta_script script;
} script_range;

/* Unicode blocks, sorted.  Combining marks of a script's block count as
 * its letters (Indic vowel signs carry the text). */
static const script_range ranges[] = {
    { 0x00C0, 0x00D6, META_SCRIPT_LATIN },      { 0x00D8, 0x00F6, META_SCRIPT_LATIN },
    { 0x00F8, 0x024F, META_SCRIPT_LATIN },      { 0x0370, 0x03FF, META_SCRIPT_GREEK },
    { 0x0400, 0x052F, META_SCRIPT_CYRILLIC },   { 0x0531, 0x058F, META_SCRIPT_ARMENIAN },
    { 0x0591, 0x05FF, META_SCRIPT_HEBREW },     { 0x0600, 0x06FF, META_SCRIPT_ARABIC },
    { 0x0700, 0x074F, META_SCRIPT_OTHER },      { 0x0750, 0x077F, META_SCRIPT_ARABIC },
    { 0x0780, 0x07BF, META_SCRIPT_THAANA },     { 0x08A0, 0x08FF, META_SCRIPT_ARABIC },
    { 0x0900, 0x097F, META_SCRIPT_DEVANAGARI }, { 0x0980, 0x09FF, META_SCRIPT_BENGALI },
    { 0x0A00, 0x0A7F, META_SCRIPT_GURMUKHI },   { 0x0A80, 0x0AFF, META_SCRIPT_GUJARATI },
    { 0x0B00, 0x0B7F, META_SCRIPT_ORIYA },      { 0x0B80, 0x0BFF, META_SCRIPT_TAMIL },
    { 0x0C00, 0x0C7F, META_SCRIPT_TELUGU },     { 0x0C80, 0x0CFF, META_SCRIPT_KANNADA },
    { 0x0D00, 0x0D7F, META_SCRIPT_MALAYALAM },  { 0x0D80, 0x0DFF, META_SCRIPT_SINHALA },
    { 0x0E00, 0x0E7F, META_SCRIPT_THAI },       { 0x0E80, 0x0EFF, META_SCRIPT_LAO },
    { 0x0F00, 0x0FFF, META_SCRIPT_TIBETAN },    { 0x1000, 0x109F, META_SCRIPT_MYANMAR },
    { 0x10A0, 0x10FF, META_SCRIPT_GEORGIAN },   { 0x1100, 0x11FF, META_SCRIPT_HANGUL },
    { 0x1200, 0x139F, META_SCRIPT_ETHIOPIC },   { 0x13A0, 0x177F, META_SCRIPT_OTHER },
    { 0x1780, 0x17FF, META_SCRIPT_KHMER },      { 0x1800, 0x1CFF, META_SCRIPT_OTHER },
    { 0x1D00, 0x1EFF, META_SCRIPT_LATIN },      { 0x1F00, 0x1FFF, META_SCRIPT_GREEK },
    { 0x2C00, 0x2C5F, META_SCRIPT_OTHER },      { 0x2C60, 0x2C7F, META_SCRIPT_LATIN },
    { 0x2D00, 0x2D2F, META_SCRIPT_GEORGIAN },   { 0x2D30, 0x2D7F, META_SCRIPT_OTHER },
    { 0x2DE0, 0x2DFF, META_SCRIPT_CYRILLIC },   { 0x2E80, 0x2FDF, META_SCRIPT_HAN },
    { 0x3040, 0x30FF, META_SCRIPT_KANA },       { 0x3130, 0x318F, META_SCRIPT_HANGUL },
    { 0x31F0, 0x31FF, META_SCRIPT_KANA },       { 0x3400, 0x4DBF, META_SCRIPT_HAN },
    { 0x4E00, 0x9FFF, META_SCRIPT_HAN },        { 0xA640, 0xA69F, META_SCRIPT_CYRILLIC },
    { 0xA720, 0xA7FF, META_SCRIPT_LATIN },      { 0xA960, 0xA97F, META_SCRIPT_HANGUL },
    { 0xAB30, 0xAB6F, META_SCRIPT_LATIN },      { 0xAC00, 0xD7FF, META_SCRIPT_HANGUL },
    { 0xF900, 0xFAFF, META_SCRIPT_HAN },        { 0xFB1D, 0xFB4F, META_SCRIPT_HEBREW },
    { 0xFB50, 0xFDFF, META_SCRIPT_ARABIC },     { 0xFE70, 0xFEFF, META_SCRIPT_ARABIC },
    { 0xFF21, 0xFF3A, META_SCRIPT_LATIN },      { 0xFF41, 0xFF5A, META_SCRIPT_LATIN },
    { 0xFF66, 0xFF9F, META_SCRIPT_KANA },       { 0xFFA0, 0xFFDC, META_SCRIPT_HANGUL },
    { 0x20000, 0x3FFFF, META_SCRIPT_HAN },
};

meta_script meta_script_of(unsigned cp)
{
    if (cp < 0x80)
        return ascii_is_alpha(cp) ? META_SCRIPT_LATIN : META_SCRIPT_NONE;
    size_t lo = 0, hi = sizeof ranges / sizeof *ranges;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < ranges[mid].first)
            hi = mid;
        else if (cp > ranges[mid].last)
            lo = mid + 1;
        else
            return ranges[mid].script;
    }
    return META_SCRIPT_NONE;
}

/* Languages (primary subtags) written in each script, space-separated. */
static const struct {
    meta_script script;
    const char *langs;
} writes[] = {
    /* Languages written in Latin as well as in another script. */
    { META_SCRIPT_LATIN, " sr bs sh az uz kk tk ku tt ms ha " },
    { META_SCRIPT_CYRILLIC,
      " ru uk be bg mk sr sh bs kk ky mn tg tt ba cv ce os sah uz az tk rue ab av kv udm mhr " },
    { META_SCRIPT_GREEK, " el grc " },
    { META_SCRIPT_ARMENIAN, " hy " },
    { META_SCRIPT_HEBREW, " he iw yi lad " },
    { META_SCRIPT_ARABIC, " ar fa ur ps ckb ku sd ug ks prs azb arz ms ha " },
    { META_SCRIPT_THAANA, " dv " },
    { META_SCRIPT_DEVANAGARI, " hi mr ne sa bho mai kok new " },
    { META_SCRIPT_BENGALI, " bn as " },
    { META_SCRIPT_GURMUKHI, " pa " },
    { META_SCRIPT_GUJARATI, " gu " },
    { META_SCRIPT_ORIYA, " or " },
    { META_SCRIPT_TAMIL, " ta " },
    { META_SCRIPT_TELUGU, " te " },
    { META_SCRIPT_KANNADA, " kn " },
    { META_SCRIPT_MALAYALAM, " ml " },
    { META_SCRIPT_SINHALA, " si " },
    { META_SCRIPT_THAI, " th " },
    { META_SCRIPT_LAO, " lo " },
    { META_SCRIPT_TIBETAN, " bo dz " },
    { META_SCRIPT_MYANMAR, " my " },
    { META_SCRIPT_GEORGIAN, " ka " },
    { META_SCRIPT_HANGUL, " ko " },
    { META_SCRIPT_ETHIOPIC, " am ti " },
    { META_SCRIPT_KHMER, " km " },
    { META_SCRIPT_KANA, " ja " },
    { META_SCRIPT_HAN, " zh yue wuu lzh " },
};

static bool listed(const char *langs, const char *code)
{
    char key[6];
    size_t n = strlen(code);
    key[0] = ' ';
    memcpy(key + 1, code, n);
    key[n + 1] = ' ';
    key[n + 2] = '\0';
    return strstr(langs, key) != NULL;
}

const char *meta_script_language(meta_script s)
{
    static const char *const only[META_SCRIPT__COUNT] = {
        [META_SCRIPT_GREEK] = "el",     [META_SCRIPT_ARMENIAN] = "hy", [META_SCRIPT_HEBREW] = "he",
        [META_SCRIPT_THAANA] = "dv",    [META_SCRIPT_GURMUKHI] = "pa", [META_SCRIPT_GUJARATI] = "gu",
        [META_SCRIPT_ORIYA] = "or",     [META_SCRIPT_TAMIL] = "ta",    [META_SCRIPT_TELUGU] = "te",
        [META_SCRIPT_KANNADA] = "kn",   [META_SCRIPT_MALAYALAM] = "ml", [META_SCRIPT_SINHALA] = "si",
        [META_SCRIPT_THAI] = "th",      [META_SCRIPT_LAO] = "lo",      [META_SCRIPT_TIBETAN] = "bo",
        [META_SCRIPT_MYANMAR] = "my",   [META_SCRIPT_GEORGIAN] = "ka", [META_SCRIPT_HANGUL] = "ko",
        [META_SCRIPT_KHMER] = "km",     [META_SCRIPT_KANA] = "ja",     [META_SCRIPT_HAN] = "zh",
    };
    return (unsigned)s < META_SCRIPT__COUNT ? only[s] : NULL;
}

bool meta_script_writes(meta_script s, slice tag)
{
    char code[4];
    size_t n = 0;
    while (n < tag.len && ascii_is_alpha((unsigned char)tag.ptr[n])) {
        if (n == 3)
            return false;
        code[n] = (char)ascii_lower((unsigned char)tag.ptr[n]);
        n++;
    }
    if (n < 2 || (n < tag.len && tag.ptr[n] != '-' && tag.ptr[n] != '_'))
        return false;
    code[n] = '\0';
    bool elsewhere = false;
    for (size_t i = 0; i < sizeof writes / sizeof *writes; i++) {
        if (!listed(writes[i].langs, code))
            continue;
        if (writes[i].script == s)
            return true;
        if (writes[i].script != META_SCRIPT_LATIN)
            elsewhere = true;
    }
    /* Most languages of the world are written in Latin letters; those
     * that are not are listed above. */
    return s == META_SCRIPT_LATIN && !elsewhere;
}
