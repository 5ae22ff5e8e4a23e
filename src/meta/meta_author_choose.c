/* meta_author_choose.c - the authors of a page from two kinds of
 * evidence: the structured fields (JSON-LD, <meta>) and the byline shown
 * on the page.  The structured names win unless they are the site itself
 * (publishers put their own name in author fields) or a bare user handle
 * while the page shows a person's full name. */
#include "meta_author.h"

#include "../core/ascii.h"

/* A name that is the site rather than a person: the site's name or a
 * domain ("Example.com").  (The host's name is no evidence: personal
 * sites are named after their author.) */
static bool names_site(const meta_evidence *ev, slice name)
{
    if (meta_text_similar(name, ev->site_name.value))
        return true;
    static const char *const tlds[] = { ".com", ".net", ".org", ".io", ".co", ".de", ".uk", NULL };
    for (size_t k = 0; tlds[k]; k++)
        if (slice_find_nocase(name, tlds[k]) > 0)
            return true;
    return false;
}

/* A user handle: one word in lower case, or with digits, dots or
 * underscores ("kffjdoe", "jane.doe"). */
static bool handle_like(slice s)
{
    bool lower = true, marks = false;
    for (size_t i = 0; i < s.len; i++) {
        unsigned c = (unsigned char)s.ptr[i];
        if (ascii_is_space(c))
            return false;
        if (ascii_is_upper(c))
            lower = false;
        if (ascii_is_digit(c) || c == '.' || c == '_')
            marks = true;
    }
    return lower || marks;
}

static bool full_name(slice s)
{
    for (size_t i = 0; i < s.len; i++)
        if (ascii_is_space((unsigned char)s.ptr[i]))
            return true;
    return false;
}

/* "Nils" in the structured fields while the page shows "Nils Pickert":
 * the one word begins the visible name. */
static bool first_name_of(slice s, slice v)
{
    return !full_name(s) && v.len > s.len + 1 && ascii_is_space((unsigned char)v.ptr[s.len]) &&
           memcmp(v.ptr, s.ptr, s.len) == 0;
}

/* A phrase rather than a name: a lower-case word that is no name
 * particle next to capitalised ones ("deinen Hochzeitsbloggern"). */
static bool phrase_like(slice s)
{
    bool upper = false, lower = false;
    size_t start = 0;
    static const char *const particles[] = { "van", "der", "den", "de", "del", "della", "da", "di",
                                             "du", "dos", "das", "von", "zu", "la", "le", "bin",
                                             "al", "el", "ibn", "ter", "ten", "y", "e", "und",
                                             "and", "et", "of", "for", "the", "at", "to", NULL };
    for (size_t i = 0; i <= s.len; i++) {
        if (i < s.len && !ascii_is_space((unsigned char)s.ptr[i]))
            continue;
        slice w = slice_make(s.ptr + start, i - start);
        start = i + 1;
        if (!w.len)
            continue;
        if (ascii_is_upper((unsigned char)w.ptr[0]))
            upper = true;
        else if (ascii_is_lower((unsigned char)w.ptr[0]) && !meta_author_in_list(w, particles))
            lower = true;
    }
    return upper && lower;
}

/* An organisation by its legal form ("Example GmbH", "Verein e.V."). */
static bool organisation_like(slice s)
{
    static const char *const forms[] = { " e.v.", " e. v.", " gmbh", " ag", " se", " inc", " inc.",
                                         " ltd", " ltd.", " llc", " gbr", " kg", " ug", " s.a.",
                                         " sa", " s.l.", " plc", " co.", " corp.", NULL };
    for (size_t k = 0; forms[k]; k++) {
        size_t n = strlen(forms[k]);
        if (s.len > n && slice_eq_nocase(slice_make(s.ptr + s.len - n, n), forms[k]))
            return true;
    }
    return false;
}

static void copy_items(meta_items *to, const meta_items *from)
{
    to->count = 0;
    to->rank = from->rank;
    for (size_t i = 0; i < from->count; i++)
        to->items[to->count++] = from->items[i];
}

/* "Brian Truitt USA TODAY": a byline that runs the name and the site's
 * together keeps the name. */
static void drop_site_suffix(meta_items *l, slice site)
{
    if (!site.len)
        return;
    for (size_t i = 0; i < l->count; i++) {
        slice s = l->items[i];
        if (s.len <= site.len + 1 || !ascii_is_space((unsigned char)s.ptr[s.len - site.len - 1]))
            continue;
        if (memcmp(s.ptr + s.len - site.len, site.ptr, site.len) == 0)
            l->items[i] = slice_trim(slice_make(s.ptr, s.len - site.len));
    }
}

/* "Rob Picheta, CNN": after a person, the site's own name is the
 * publisher, not a second author; "PhD" is no second author either. */
static void drop_trailing_site(const meta_evidence *ev, meta_items *l)
{
    size_t k = l->count ? 1 : 0;
    for (size_t i = 1; i < l->count; i++)
        if (!names_site(ev, l->items[i]) && !meta_author_is_credential(l->items[i]) &&
            !meta_author_is_agency(l->items[i]))
            l->items[k++] = l->items[i];
    l->count = k;
}

void meta_authors_choose(meta_evidence *ev)
{
    drop_site_suffix(&ev->byline_authors, ev->site_name.value);
    meta_items *st = &ev->authors;
    const meta_items *vis = &ev->byline_authors;
    if (!vis->count) {
        drop_trailing_site(ev, st);
        return;
    }
    bool use_visible = !st->count || vis->rank < st->rank;
    if (!use_visible) {
        slice s = st->items[0], v = vis->items[0];
        if ((names_site(ev, s) || meta_author_is_agency(s)) && !names_site(ev, v))
            use_visible = true;
        else if (handle_like(s) && full_name(v))
            use_visible = true;
        else if (first_name_of(s, v) && full_name(v))
            use_visible = true;
        else if ((phrase_like(s) || organisation_like(s)) && !phrase_like(v) && !organisation_like(v) &&
                 !names_site(ev, v))
            use_visible = true;
    }
    if (use_visible)
        copy_items(st, vis);
    drop_trailing_site(ev, st);
}
