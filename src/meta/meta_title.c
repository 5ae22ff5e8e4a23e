/* meta_title.c - the headline: chosen by agreement between the <h1>s, the
 * parts of <title> and og:title (site names dropped), the JSON-LD
 * headline and the other named sources. */
#include "meta_title.h"

#include "../core/ascii.h"

slice meta_title_strip_site(slice title, slice site)
{
    meta_site_names names = { .name = site };
    meta_title_parts p;
    meta_title_split(title, &names, &p);
    return meta_title_head(&p);
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

/* og:title repeating the <title>'s headline with the parts after it up
 * to a dash ("Headline - Until Now" in og:title, "Headline - Until Now |
 * Site" in <title>) declares those parts the headline's: the run is
 * extended over them. */
static void extend_by_dashes(meta_title_parts *p, slice og)
{
    if (!og.len || meta_text_similar(og, p->whole))
        return;
    for (size_t k = p->head_hi; k < p->hi && p->dash_after[k - 1]; k++)
        if (meta_text_similar(og, meta_title_run(p, p->head_lo, k + 1))) {
            p->head_hi = k + 1;
            return;
        }
}

/* True when `h` repeats a run of the title's non-site parts ("tag -
 * Question - Site" with the question as the <h1>). */
static bool matches_run(slice h, const meta_title_parts *p)
{
    for (size_t i = p->lo; i < p->hi; i++)
        for (size_t j = i + 1; j <= p->hi; j++) {
            /* A run must start the title or hold its headline: a later
             * short part is a section ("Headline - Science"), and the
             * last part is where site and book names sit. */
            if (i != p->lo && !(i <= p->head_lo && j >= p->head_hi) &&
                (meta_title_words(h) < 3 || j == p->n))
                continue;
            if (meta_text_similar(h, meta_title_run(p, i, j)))
                return true;
        }
    return false;
}

/* Previous comparable byte before `i` (letters and digits lowercased,
 * other ASCII skipped), or 0 at the start. */
static unsigned prev_key(slice s, size_t *i)
{
    while (*i > 0) {
        unsigned c = (unsigned char)s.ptr[--*i];
        if (ascii_is_alnum(c) || c >= 0x80)
            return ascii_lower(c);
    }
    return 0;
}

/* True when `h` ends with `tail`, ignoring case and punctuation. */
static bool ends_with_text(slice h, slice tail)
{
    size_t i = h.len, j = tail.len, n = 0;
    for (;;) {
        unsigned y = prev_key(tail, &j);
        if (!y)
            return n > 0;
        if (prev_key(h, &i) != y)
            return false;
        n++;
    }
}

/* Next comparable byte from `*i`, as prev_key, or 0 at the end. */
static unsigned next_key(slice s, size_t *i)
{
    while (*i < s.len) {
        unsigned c = (unsigned char)s.ptr[(*i)++];
        if (ascii_is_alnum(c) || c >= 0x80)
            return ascii_lower(c);
    }
    return 0;
}

/* True when `h` starts with `head` (four letters at least), ignoring
 * case and punctuation. */
static bool starts_with_text(slice h, slice head)
{
    size_t i = 0, j = 0, n = 0;
    for (;;) {
        unsigned y = next_key(head, &j);
        if (!y)
            return n >= 4;
        if (next_key(h, &i) != y)
            return false;
        n++;
    }
}

/* An <h1> cut like a title ("Headline | Tag line"). */
static slice cut_heading(slice h, const meta_site_names *names)
{
    meta_title_parts p;
    meta_title_split(h, names, &p);
    return meta_title_head(&p);
}

/* True when `h` is the title's headline behind a label ("Thread:
 * Headline", "Blog: Headline") or before a parenthesised note ("Headline
 * (example.com) 87").  A longer <h1> that continues the headline is the
 * full headline of a shortened <title>, so that is not decoration. */
static bool decorates(slice h, slice head)
{
    if (meta_title_words(head) < 2)
        return false;
    if (ends_with_text(h, head))
        return true;
    for (size_t i = h.len; i > 0; i--)
        if (h.ptr[i - 1] == '(')
            return meta_text_similar(slice_make(h.ptr, i - 1), head);
    return false;
}

/* True when `h` repeats a part of the title outside its headline (the
 * book, section or site name the page belongs to). */
static bool names_other_part(slice h, const meta_title_parts *p)
{
    for (size_t i = 0; i < p->n; i++)
        if ((i < p->head_lo || i >= p->head_hi) && meta_text_similar(h, meta_title_run(p, i, i + 1)))
            return true;
    return false;
}

/* The <h1> without the kicker it runs into the headline ("Kicker
 * Headline") where <title> or og:title separate the two. */
static slice without_kicker(slice h, const meta_title_parts *tp, const meta_title_parts *op)
{
    slice runs[] = { meta_title_head(tp), meta_title_head(op), meta_title_run(tp, tp->lo, tp->hi),
                     meta_title_run(op, op->lo, op->hi) };
    for (size_t k = 0; k < sizeof runs / sizeof *runs; k++) {
        /* A run with the same text as one tried before (a one-part
         * title, og:title repeating <title>) gives the same nothing. */
        bool tried = false;
        for (size_t m = 0; m < k && !tried && runs[k].len; m++)
            tried = runs[m].len == runs[k].len && memcmp(runs[m].ptr, runs[k].ptr, runs[k].len) == 0;
        slice rest = runs[k].len && !tried ? meta_title_unglue_kicker(h, runs[k]) : slice_make(NULL, 0);
        if (rest.len)
            return rest;
    }
    return h;
}

/* True when og:title and <title> were each rewritten (neither repeats
 * the other) and no declared title (Dublin Core) settles it: the visible
 * <h1>, a sentence of its own, is then the headline. */
static bool sources_disagree(const meta_evidence *ev, slice og, slice t, slice h)
{
    return og.len && t.len && !ev->dc_title.len && !meta_text_similar(og, t) && meta_title_words(h) >= 3;
}

/* True when the lone <h1> of the main area is a headline of its own
 * (five words or more) though the title shares none of it: the title is
 * the site's slogan ("Site - The heart of the internet") or written for
 * search.  Not on a page that declares itself a website (og:type), whose
 * <h1> is the marketing line. */
static bool stands_alone(const meta_evidence *ev, const dom_node *h1, slice h, bool lone)
{
    return lone && (inside_tag(h1, TAG_ARTICLE) || inside_tag(h1, TAG_MAIN)) && meta_title_words(h) >= 5 &&
           !slice_eq_nocase(ev->og_type, "website");
}

slice meta_title_choose(meta_evidence *ev, slice site)
{
    meta_site_names names = { .name = site, .host_label = meta_title_host_label(ev->page_url) };
    if (!names.host_label.len)
        names.host_label = meta_title_host_label(ev->canonical.value);
    slice lang = ev->html_lang.len ? ev->html_lang : ev->content_language.len ? ev->content_language : ev->og_locale;
    names.english = !lang.len || slice_starts_with_nocase(lang, "en");
    /* Each <h1>'s text once, in scratch memory; the one returned is
     * copied to the result. */
    slice h1s[META_MAX_H1];
    for (size_t i = 0; i < ev->h1_count; i++)
        h1s[i] = meta_title_heading_text(ev->scratch, ev->h1[i]);
    meta_title_parts tp, op;
    meta_title_split(ev->html_title, &names, &tp);
    /* The parts are offsets into the text and depend on it alone: an
     * og:title repeating <title> splits the same. */
    if (ev->og_title.len && ev->og_title.len == ev->html_title.len &&
        memcmp(ev->og_title.ptr, ev->html_title.ptr, ev->og_title.len) == 0) {
        op = tp;
        op.whole = ev->og_title;
    } else {
        meta_title_split(ev->og_title, &names, &op);
    }
    extend_by_dashes(&tp, ev->og_title);
    /* A page that shows the last part of its title as an <h1> of its
     * own ("Chapter title - Book Name" with the book's name on top)
     * names itself there: that part is the site's, not the headline's,
     * when what precedes it is long enough for a headline (site-first
     * titles end with the headline: "Site - News - Headline"). */
    for (size_t i = 0; i < ev->h1_count && tp.hi == tp.n && tp.hi - tp.lo >= 2; i++)
        if (meta_text_similar(h1s[i], meta_title_run(&tp, tp.hi - 1, tp.hi)) &&
            meta_title_words(meta_title_run(&tp, tp.lo, tp.hi - 1)) >= 3) {
            tp.hi--;
            meta_title_pick_head(&tp, &names);
            break;
        }
    /* A short first part passed over as a section label is the headline
     * after all when an <h1> opens with it ("IAM overview | Identity and
     * Access Management | Docs" with the h1 "IAM overview" and buttons). */
    for (size_t i = 0; i < ev->h1_count && tp.head_lo > tp.lo; i++)
        if (starts_with_text(h1s[i], meta_title_run(&tp, tp.lo, tp.lo + 1))) {
            tp.head_lo = tp.lo;
            tp.head_hi = tp.lo + 1;
        }
    slice t = meta_title_head(&tp);
    slice og = meta_title_head(&op);
    slice tw = meta_title_strip_site(ev->twitter_title, site);
    slice named[] = { ev->dc_title, og, ev->jsonld_headline, t, tw, ev->itemprop_headline };
    ev->headline = ev->h1_count ? ev->h1[0] : NULL;
    /* Every <h1> that agrees with a title source is a headline (pages
     * repeat it); the first in document order carries the byline. */
    slice chosen = { NULL, 0 };
    for (size_t i = 0; i < ev->h1_count; i++) {
        slice h = h1s[i];
        if (!h.len)
            continue;
        bool agrees = false;
        for (size_t k = 0; k < sizeof named / sizeof *named && !agrees; k++)
            agrees = named[k].len && meta_text_similar(h, named[k]);
        if (!agrees)
            agrees = matches_run(h, &tp) || matches_run(h, &op);
        /* The title's headline holds the h1 plus decoration the
         * separators missed ("Headlamps for Camping & Hiking"). */
        if (!agrees && t.len)
            agrees = meta_title_words(h) >= 3
                         ? meta_text_contains(t, h) && meta_title_words(h) * 2 > meta_title_words(t)
                         : starts_with_text(t, h) && !meta_title_names_site(h, &names) &&
                               (!og.len || starts_with_text(og, h));
        ev->h1_agrees[i] = agrees;
        if (agrees && (!chosen.ptr || ev->h1[i]->index < ev->headline->index)) {
            ev->headline = ev->h1[i];
            chosen = h;
        }
    }
    if (chosen.ptr) {
        slice rest = without_kicker(chosen, &tp, &op);
        if (rest.len < chosen.len)
            return arena_slice_dup(ev->out, rest);
        /* "Headline | Tag line" in the h1 too: cut where the title is. */
        slice cut = cut_heading(chosen, &names);
        if (cut.len < chosen.len && meta_text_similar(cut, t))
            return arena_slice_dup(ev->out, cut);
        return arena_slice_dup(ev->out, chosen);
    }
    /* An <h1> that wraps the title's headline in a label or counters:
     * the headline is the title's. */
    for (size_t i = 0; i < ev->h1_count; i++) {
        slice h = h1s[i];
        slice head = t.len ? t : og;
        if (h.len && head.len && decorates(h, head)) {
            ev->headline = ev->h1[i];
            ev->h1_agrees[i] = true;
            return arena_slice_dup(ev->out, head);
        }
    }
    /* No source agrees: the visible headline is what readers see as the
     * title (og:title and <title> are often rewritten for search), when
     * it is clearly the page's headline - in the main area, or the only
     * <h1> outside the site header. */
    size_t first = 0, nonempty = 0;
    for (size_t i = 0; i < ev->h1_count; i++)
        if (h1s[i].len && !nonempty++)
            first = i;
    if (nonempty) {
        const dom_node *h1 = ev->h1[first];
        bool main_area = inside_tag(h1, TAG_ARTICLE) || inside_tag(h1, TAG_MAIN);
        slice h = h1s[first];
        /* It must share half its words with the <title>: an h1 that does
         * not is a section or site name ("Health Center"), or filler.
         * Empty <h1>s (logos, icons) do not count. */
        bool lone = nonempty == 1 && !inside_tag(h1, TAG_HEADER);
        slice ref = ev->html_title.len ? ev->html_title : og;
        if ((main_area || lone) && h.len <= 300 && !meta_title_names_site(h, &names) &&
            !names_other_part(h, &tp) &&
            !(site.len && meta_text_contains(h, site)) &&
            (shares_words(h, ref) || sources_disagree(ev, og, t, h) || stands_alone(ev, h1, h, lone))) {
            ev->headline = h1;
            return arena_slice_dup(ev->out, without_kicker(h, &tp, &op));
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
            return arena_slice_dup(ev->out, named[k]);
    if (ev->h1_count && h1s[0].len)
        return arena_slice_dup(ev->out, h1s[0]);
    /* Only a title without a headline slot ("| Site"): better than none. */
    slice last = slice_trim(ev->html_title);
    return last.ptr ? arena_slice_dup(ev->out, last) : last;
}
