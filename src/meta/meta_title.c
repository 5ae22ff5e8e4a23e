/* meta_title.c - the headline: chosen by agreement between the <h1>, the
 * <title> (without its site-name part), og:title and the JSON-LD
 * headline. */
#include "meta_internal.h"

#include "../core/ascii.h"

/* Separators between a headline and a site name in <title>. */
static const char *const separators[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ",
    " \xC2\xBB ", " // ", " ~ ", NULL,
};

static size_t count_words(slice s)
{
    size_t n = 0;
    bool in = false;
    for (size_t i = 0; i < s.len; i++) {
        bool sp = ascii_is_space((unsigned char)s.ptr[i]);
        if (!sp && !in)
            n++;
        in = !sp;
    }
    return n;
}

/* Finds the first (or last) separator; returns its offset and length. */
static bool find_separator(slice t, bool last, size_t *pos, size_t *len)
{
    bool found = false;
    for (size_t k = 0; separators[k]; k++) {
        size_t n = strlen(separators[k]);
        for (size_t i = 0; i + n <= t.len; i++) {
            if (memcmp(t.ptr + i, separators[k], n) != 0)
                continue;
            if (!found || (last ? i > *pos : i < *pos)) {
                *pos = i, *len = n;
                found = true;
            }
            if (!last)
                break;
        }
    }
    return found;
}

static bool looks_like_site(slice part, slice site)
{
    if (site.len && (meta_text_similar(part, site) || meta_text_contains(part, site) ||
                     meta_text_contains(site, part)))
        return true;
    /* A domain name ("example.com") is a site name. */
    long dot = -1;
    for (size_t i = 0; i < part.len; i++)
        if (part.ptr[i] == '.')
            dot = (long)i;
    return dot > 0 && (size_t)dot + 2 < part.len && count_words(part) == 1;
}

slice meta_title_strip_site(slice title, slice site)
{
    size_t pos = 0, len = 0;
    if (!title.ptr || !find_separator(title, true, &pos, &len))
        return title;
    slice head = slice_trim(slice_make(title.ptr, pos));
    slice tail = slice_trim(slice_make(title.ptr + pos + len, title.len - pos - len));
    if (looks_like_site(tail, site))
        return head;
    size_t fpos = 0, flen = 0;
    find_separator(title, false, &fpos, &flen);
    slice first = slice_trim(slice_make(title.ptr, fpos));
    slice rest = slice_trim(slice_make(title.ptr + fpos + flen, title.len - fpos - flen));
    if (looks_like_site(first, site))
        return rest;
    /* A short last part after a longer headline is the site or a
     * section ("Headline words here - Site News", "... | Opinion"). */
    if (count_words(tail) <= 3 && count_words(head) >= 4)
        return head;
    return title;
}

static bool inside_tag(const dom_node *n, tag_id tag)
{
    for (const dom_node *p = n->parent; p; p = p->parent)
        if (dom_is(p, tag))
            return true;
    return false;
}

/* True when at least half the words of `h` occur in `ref`. */
static bool shares_words(slice h, slice ref)
{
    size_t words = 0, found = 0, i = 0;
    while (i < h.len) {
        while (i < h.len && ascii_is_space((unsigned char)h.ptr[i]))
            i++;
        size_t j = i;
        while (j < h.len && !ascii_is_space((unsigned char)h.ptr[j]))
            j++;
        if (j > i) {
            words++;
            if (meta_text_contains(ref, slice_make(h.ptr + i, j - i)))
                found++;
        }
        i = j;
    }
    return words && found * 2 >= words;
}

static slice h1_text(meta_evidence *ev, size_t i)
{
    return meta_node_text(ev->out, ev->h1[i], 2000);
}

slice meta_title_choose(meta_evidence *ev, slice site)
{
    slice t = meta_title_strip_site(ev->html_title, site);
    slice og = meta_title_strip_site(ev->og_title, site);
    slice tw = meta_title_strip_site(ev->twitter_title, site);
    slice named[] = { og, ev->jsonld_headline, t, tw, ev->itemprop_headline, ev->dc_title };
    ev->headline = ev->h1_count ? ev->h1[0] : NULL;
    /* Every <h1> that agrees with a title source is a headline (pages
     * repeat it); the first in document order carries the byline. */
    slice chosen = { NULL, 0 };
    for (size_t i = 0; i < ev->h1_count; i++) {
        slice h = h1_text(ev, i);
        if (!h.len)
            continue;
        bool agrees = false;
        for (size_t k = 0; k < sizeof named / sizeof *named && !agrees; k++)
            agrees = named[k].len && meta_text_similar(h, named[k]);
        /* The <title> holds the h1 plus decoration the separators missed. */
        if (!agrees)
            agrees = count_words(h) >= 3 && ev->html_title.len && meta_text_contains(ev->html_title, h);
        ev->h1_agrees[i] = agrees;
        if (agrees && (!chosen.ptr || ev->h1[i]->index < ev->headline->index)) {
            ev->headline = ev->h1[i];
            chosen = h;
        }
    }
    if (chosen.ptr)
        return chosen;
    /* No source agrees: the visible headline is what readers see as the
     * title (og:title and <title> are often rewritten for search), when
     * it is clearly the page's headline - in the main area, or the only
     * <h1> outside the site header. */
    if (ev->h1_count) {
        const dom_node *h1 = ev->h1[0];
        bool main_area = inside_tag(h1, TAG_ARTICLE) || inside_tag(h1, TAG_MAIN);
        slice h = h1_text(ev, 0);
        /* It must share half its words with the <title>: an h1 that does
         * not is a section or site name ("Health Center"), or filler. */
        bool lone = ev->h1_count == 1 && !inside_tag(h1, TAG_HEADER);
        slice ref = ev->html_title.len ? ev->html_title : og;
        if ((main_area || lone) && h.len && h.len <= 300 && !looks_like_site(h, site) &&
            shares_words(h, ref)) {
            ev->headline = h1;
            return h;
        }
    }
    /* No h1 repeats the title: an h2/h3 that does marks the headline's
     * place, while the title itself comes from the named sources. */
    for (size_t i = 0; i < ev->subhead_count; i++) {
        slice h = meta_node_text(ev->scratch, ev->subheads[i], 2000);
        bool agrees = false;
        for (size_t k = 0; k < sizeof named / sizeof *named && !agrees; k++)
            agrees = named[k].len && h.len && meta_text_similar(h, named[k]);
        if (agrees) {
            ev->headline = ev->subheads[i];
            break;
        }
    }
    for (size_t k = 0; k < sizeof named / sizeof *named; k++)
        if (named[k].len)
            return named[k];
    if (ev->h1_count)
        return h1_text(ev, 0);
    return slice_make(NULL, 0);
}
