/* meta_date_class.c - the date scan's test of an element's class and id:
 * words such as "date", "time", "published" or "byline" mark the element
 * holding the page's date ("post-date", "entry-meta").  Asked for every
 * element of the main area, so it reads each value once and compares only
 * where two letters open a listed word. */
#include "meta_date_class.h"

/* Words that, anywhere in an element's class or id (ASCII case-
 * insensitive), mark a date or the line holding it ("dateline" and
 * "timestamp" are found as "date" and "time"). */
static const char *const date_class_words[] = {
    "date", "time", "publish", "posted", "datum", "fecha", "byline", "meta", "info", NULL,
};

/* True when `v` holds one of date_class_words.  Asked for every element
 * of the main area that has a class or id, so it only compares where the
 * two bytes at a position open one of the words (setting bit 0x20 lowers
 * exactly the ASCII capitals among the bytes that can become them). */
static bool has_date_word(slice v)
{
    for (size_t i = 0; v.ptr && i + 1 < v.len; i++) {
        unsigned c = (unsigned char)v.ptr[i] | 0x20u, d = (unsigned char)v.ptr[i + 1] | 0x20u;
        bool opens;
        switch (c) {
        case 'd': opens = d == 'a'; break;
        case 't': opens = d == 'i'; break;
        case 'p': opens = d == 'u' || d == 'o'; break;
        case 'f': opens = d == 'e'; break;
        case 'b': opens = d == 'y'; break;
        case 'm': opens = d == 'e'; break;
        case 'i': opens = d == 'n'; break;
        default: continue;
        }
        if (!opens)
            continue;
        slice rest = slice_make(v.ptr + i, v.len - i);
        for (size_t k = 0; date_class_words[k]; k++)
            if ((unsigned char)date_class_words[k][0] == c && slice_starts_with_nocase(rest, date_class_words[k]))
                return true;
    }
    return false;
}

bool meta_date_class(const dom_node *el)
{
    slice cls, id;
    meta_class_and_id(el, &cls, &id);
    return has_date_word(cls) || has_date_word(id);
}

bool meta_date_class_memo_of(const dom_node *el, meta_class_memo *memo)
{
    slice cls, id;
    meta_class_and_id(el, &cls, &id);
    if (cls.len < 2) /* no word fits */
        return has_date_word(id);
    unsigned has;
    if (!meta_class_memo_get(memo, cls, &has)) {
        has = has_date_word(cls);
        meta_class_memo_put(memo, cls, has);
    }
    return has || has_date_word(id);
}
