/* meta_author_tidy.c - one author name tidied before it is judged:
 * punctuation, quotes and bullets around it (abbreviations keep their
 * dot), its words, avatar initials printed before it and a name printed
 * twice. */
#include "meta_author.h"

#include "../core/ascii.h"

/* Length of a punctuation mark at the start of `s`, 0 when none: ASCII
 * separators and the UTF-8 dashes, bullets, guillemets and quotes. */
static size_t punct_at(slice s, size_t i)
{
    unsigned c = (unsigned char)s.ptr[i];
    switch (c) { /* the ASCII separators, without a strchr per byte */
    case '.': case ',': case ':': case ';': case '|': case '-': case '/': case '[': case ']':
    case '*': case '"': case '\'': case '~': case '&':
        return 1;
    default:
        break;
    }
    if (c == 0xC2 && i + 1 < s.len && (unsigned char)s.ptr[i + 1] == 0xA9) /* © */
        return 2;
    if (c == 0xC2 && i + 1 < s.len) {
        unsigned d = (unsigned char)s.ptr[i + 1];
        if (d == 0xB7 || d == 0xBB || d == 0xAB) /* · » « */
            return 2;
    }
    if (c == 0xEF && i + 2 < s.len && (unsigned char)s.ptr[i + 1] == 0xBC) {
        unsigned d = (unsigned char)s.ptr[i + 2];
        if (d == 0x9A || d == 0x8C || d == 0x9B) /* full-width : , ; */
            return 3;
    }
    if (c == 0xE3 && i + 2 < s.len && (unsigned char)s.ptr[i + 1] == 0x80) {
        unsigned d = (unsigned char)s.ptr[i + 2];
        if (d == 0x80 || d == 0x81 || d == 0x82) /* ideographic space, comma, full stop */
            return 3;
    }
    if (c == 0xE2 && i + 2 < s.len && (unsigned char)s.ptr[i + 1] == 0x80) {
        unsigned d = (unsigned char)s.ptr[i + 2];
        if (d == 0x93 || d == 0x94 || d == 0xA2 || d == 0x9C || d == 0x9D || d == 0x98 ||
            d == 0x99 || d == 0xA6) /* – — • “ ” ‘ ’ … */
            return 3;
    }
    return 0;
}

/* Length of a punctuation mark ending `s`, 0 when none. */
static size_t punct_before(slice s)
{
    if (!s.len)
        return 0;
    size_t from = s.len >= 3 ? s.len - 3 : 0;
    for (size_t i = from; i < s.len; i++) {
        size_t n = punct_at(s, i);
        if (n && i + n == s.len)
            return n;
    }
    return 0;
}

static size_t count_char(slice s, char c)
{
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++)
        n += s.ptr[i] == c;
    return n;
}

/* `s` ends with a short capitalised word and a dot ("Jr.", "D."). */
static bool abbreviation_end(slice s)
{
    size_t i = s.len - 1; /* the dot */
    size_t start = i;
    while (start > 0 && ascii_is_alpha((unsigned char)s.ptr[start - 1]))
        start--;
    size_t n = i - start;
    static const char *const abbreviations[] = { "inc", "ltd", "corp", "llc", "bros", NULL };
    if (n >= 3 && start > 0 && s.ptr[start - 1] == ' ' && meta_author_in_list(slice_make(s.ptr + start, n), abbreviations))
        return true; /* "Cerebral Inc." */
    return n >= 1 && n <= 2 && ascii_is_upper((unsigned char)s.ptr[start]) &&
           (start == 0 || s.ptr[start - 1] == ' ' || s.ptr[start - 1] == '.');
}

slice meta_author_trim_punct(slice s)
{
    for (;;) {
        s = slice_trim(s);
        size_t n;
        if (s.len && (n = punct_at(s, 0))) {
            s = slice_make(s.ptr + n, s.len - n);
            continue;
        }
        if ((n = punct_before(s))) {
            /* "Perry Bacon Jr.", "John D." keep the dot of an abbreviation. */
            if (n == 1 && s.ptr[s.len - 1] == '.' && abbreviation_end(s))
                return s;
            s.len -= n;
            continue;
        }
        /* An unbalanced parenthesis is cut-off text: "(CNXSoft" keeps its
         * partner only when both are there. */
        if (s.len && s.ptr[0] == '(' && !count_char(s, ')')) {
            s = slice_make(s.ptr + 1, s.len - 1);
            continue;
        }
        if (s.len && s.ptr[s.len - 1] == ')' && count_char(s, '(') < count_char(s, ')')) {
            s.len--;
            continue;
        }
        return s;
    }
}

/* The words of `s` (split on spaces), at most `max`. */
size_t meta_author_split_words(slice s, slice *w, size_t max)
{
    size_t n = 0, i = 0;
    while (i < s.len) {
        while (i < s.len && ascii_is_space((unsigned char)s.ptr[i]))
            i++;
        size_t start = i;
        while (i < s.len && !ascii_is_space((unsigned char)s.ptr[i]))
            i++;
        if (i > start) {
            if (n == max)
                return max + 1;
            w[n++] = slice_make(s.ptr + start, i - start);
        }
    }
    return n;
}

/* "CM Craig McCarthy": avatar initials printed before the name. */
slice meta_author_drop_initials(slice s)
{
    slice w[NAME_MAX_WORDS + 1];
    size_t n = meta_author_split_words(s, w, NAME_MAX_WORDS);
    if (n < 3 || n > NAME_MAX_WORDS || w[0].len < 2 || w[0].len > 3 || w[0].len > n - 1)
        return s;
    for (size_t i = 0; i < w[0].len; i++)
        if (!ascii_is_upper((unsigned char)w[0].ptr[i]) || w[1 + i].ptr[0] != w[0].ptr[i])
            return s;
    const char *start = w[1].ptr;
    return slice_make(start, (size_t)(s.ptr + s.len - start));
}

/* "Jane Doe Jane Doe": a name printed twice in one element. */
slice meta_author_drop_repeat(slice s)
{
    slice w[NAME_MAX_WORDS * 2 + 1];
    size_t n = meta_author_split_words(s, w, NAME_MAX_WORDS * 2);
    if (n < 2 || n > NAME_MAX_WORDS * 2)
        return s;
    for (size_t k = n / 2; k >= 1; k--) {
        bool same = true;
        for (size_t i = 0; i < k && same; i++)
            same = w[i].len == w[k + i].len && memcmp(w[i].ptr, w[k + i].ptr, w[i].len) == 0;
        if (same)
            return slice_make(s.ptr, (size_t)(w[k - 1].ptr + w[k - 1].len - s.ptr));
    }
    return s;
}
