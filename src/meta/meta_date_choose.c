/* meta_date_choose.c - picks date_published and date_modified among the
 * candidates that the markup walk and the page scan gathered.
 *
 * Markup is trusted in the rank order of meta_internal.h, but the date a
 * page shows its readers under the headline is what readers (and people
 * who label pages) take as the page's date.  When the two disagree the
 * shown date wins if the markup itself backs it (the shown day is also
 * one of the markup's dates, published or modified: many sites show the
 * last update as the date while datePublished keeps the first draft), or
 * when the markup is of the weak kinds that often carry a generation
 * date.  A markup date that the page shows too, or that the URL repeats,
 * is kept. */
#include "meta_internal.h"

#include <string.h>

#include "../core/ascii.h"

#ifdef META_DEBUG
#include <stdio.h>
#endif

/* Days since a fixed epoch (proleptic Gregorian). */
static long day_number(const date_value *d)
{
    long y = d->year, m = d->month;
    if (m <= 2)
        y--, m += 12;
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d->day;
}

static long days_apart(const date_value *a, const date_value *b)
{
    long n = day_number(a) - day_number(b);
    return n < 0 ? -n : n;
}

static bool is_markup(const meta_date_cand *c) { return c->rank < RANK_TIME_ELEMENT; }

/* Shown near the headline: <time>, a dated text, an element classed as a
 * date (not the first date of the page, not the URL). */
static bool is_shown(const meta_date_cand *c)
{
    return c->rank >= RANK_TIME_ELEMENT && c->rank <= RANK_DATE_CLASS;
}

/* A UTC timestamp: its day may differ from the publisher's local day. */
static bool is_utc_time(const date_value *d)
{
    return d->has_time && d->has_tz && d->tz_minutes == 0;
}

/* A markup timestamp that may be UTC: "Z", "+00:00", or no zone at all
 * (servers write their UTC clock without one). */
static bool maybe_utc_time(const date_value *d)
{
    return d->has_time && (!d->has_tz || d->tz_minutes == 0);
}

typedef bool (*cand_filter)(const meta_date_cand *c);

/* True when a valid candidate accepted by `f` (published ones only when
 * `pub_only`) falls on the day of `d`. */
static bool day_among(const meta_evidence *ev, time_t now, const date_value *d, cand_filter f,
                      bool pub_only)
{
    for (size_t i = 0; i < ev->date_count; i++) {
        const meta_date_cand *c = &ev->dates[i];
        if ((pub_only && c->modified) || !f(c) || !date_valid(&c->date, now))
            continue;
        if (date_cmp_day(&c->date, d) == 0)
            return true;
    }
    return false;
}

static bool is_url(const meta_date_cand *c) { return c->rank == RANK_URL; }
static bool any_markup_or_url(const meta_date_cand *c) { return is_markup(c) || is_url(c); }
static bool is_markup_update(const meta_date_cand *c) { return c->modified && c->rank <= RANK_OPENGRAPH; }
/* An update date the page's elements mark: a labelled or classed date,
 * microdata. */
static bool is_page_update(const meta_date_cand *c)
{
    return c->modified && (is_shown(c) || c->rank == RANK_MICRODATA);
}
/* A date an element shows: <time>, an element classed as a date, or a
 * text near the headline that is the date alone ("<p>January 31,
 * 2024</p>" beside the byline: shown as a date, not mentioned in a
 * sentence of the story). */
static bool is_element_date(const meta_date_cand *c)
{
    return c->rank == RANK_TIME_ELEMENT || c->rank == RANK_DATE_CLASS || (c->rank == RANK_NEAR_HEADLINE && c->alone);
}

/* True when the source of `pub` gives the same day as its modification
 * date: many CMSs write both at each export, so the pair dates the
 * export rather than the first publication. */
static bool stamped_at_export(const meta_evidence *ev, const meta_date_cand *pub)
{
    for (size_t i = 0; i < ev->date_count; i++) {
        const meta_date_cand *c = &ev->dates[i];
        if (c->modified && c->rank == pub->rank && date_cmp_day(&c->date, &pub->date) == 0)
            return true;
    }
    return false;
}

/* The best valid candidate accepted by `f`, published or modified. */
static const meta_date_cand *best_of(const meta_evidence *ev, time_t now, cand_filter f, bool modified)
{
    const meta_date_cand *best = NULL;
    for (size_t i = 0; i < ev->date_count; i++) {
        const meta_date_cand *c = &ev->dates[i];
        if (c->modified != modified || (f && !f(c)) || !date_valid(&c->date, now))
            continue;
        if (!best || c->rank < best->rank)
            best = c;
    }
    return best;
}

/* Two days one apart where one is a UTC timestamp: the same moment seen
 * from two time zones. */
static bool zone_shift(const date_value *shown, const date_value *markup)
{
    return days_apart(shown, markup) == 1 && (is_utc_time(shown) || maybe_utc_time(markup));
}

/* True when the source of `pub` dates a modification before it: the
 * published date is not the first publication (a re-export, a copy). */
static bool modified_before(const meta_evidence *ev, time_t now, const meta_date_cand *pub)
{
    for (size_t i = 0; i < ev->date_count; i++) {
        const meta_date_cand *c = &ev->dates[i];
        if (c->modified && c->rank == pub->rank && date_valid(&c->date, now) &&
            date_cmp_day(&c->date, &pub->date) < 0)
            return true;
    }
    return false;
}

/* A source that offers several published dates ("published-time" and
 * "published-date"): one its modification dates do not precede beats
 * one they do. */
static const meta_date_cand *consistent_of_rank(const meta_evidence *ev, time_t now, const meta_date_cand *pub)
{
    if (!modified_before(ev, now, pub))
        return pub;
    for (size_t i = 0; i < ev->date_count; i++) {
        const meta_date_cand *c = &ev->dates[i];
        if (!c->modified && c->rank == pub->rank && date_valid(&c->date, now) && !modified_before(ev, now, c))
            return c;
    }
    return pub;
}

/* Any date the page's text shows (near the headline, in a date element,
 * or the first of the text). */
static bool is_visible(const meta_date_cand *c) { return c->rank >= RANK_TIME_ELEMENT && c->rank != RANK_URL; }

/* True when OpenGraph's published date `pub` stands alone against the
 * date `vis` that a <time> or a lone date under the headline shows: no
 * other markup source gives a publication date, no markup date (of any
 * kind) falls within a day of the shown one, and neither the page's text
 * nor the URL shows the tag's day (citation tags, an article's record,
 * are not doubted).  Such a tag carries the day the page
 * was created in the CMS or imported (a story moved to another site, a
 * release filed years before); the date the article shows is its own. */
static bool lone_opengraph(const meta_evidence *ev, time_t now, const meta_date_cand *pub, const meta_date_cand *vis)
{
    if (pub->rank != RANK_OPENGRAPH || strcmp(pub->source, "citation") == 0 || vis->rank > RANK_NEAR_HEADLINE ||
        !is_element_date(vis))
        return false;
    for (size_t i = 0; i < ev->date_count; i++) {
        const meta_date_cand *c = &ev->dates[i];
        if (!date_valid(&c->date, now))
            continue;
        if (is_markup(c) && (days_apart(&c->date, &vis->date) <= 1 || (!c->modified && c->rank != pub->rank)))
            return false;
        if ((is_visible(c) || is_url(c)) && date_cmp_day(&c->date, &pub->date) == 0)
            return false;
    }
    return true;
}

/* The shown date replaces a markup date `pub` that disagrees with it. */
static const meta_date_cand *prefer_shown(const meta_evidence *ev, time_t now, const meta_date_cand *pub)
{
    const meta_date_cand *vis = best_of(ev, now, is_shown, false);
    if (!vis || date_cmp_day(&vis->date, &pub->date) == 0)
        return pub;
    if (zone_shift(&vis->date, &pub->date))
        return pub; /* the local-day rule below decides */
    /* Markup stamped at export (published = modified) gives way to an
     * earlier date the page shows near the headline in a <time> or a
     * date element, unless the page or the URL shows the markup's day. */
    if (vis->rank <= RANK_NEAR_HEADLINE && date_cmp_day(&vis->date, &pub->date) < 0 &&
        stamped_at_export(ev, pub) && day_among(ev, now, &vis->date, is_element_date, true) &&
        !day_among(ev, now, &pub->date, is_shown, false) && !day_among(ev, now, &pub->date, is_url, false))
        return vis;
    /* Weak markup (microdata, Dublin Core, <meta name>) often carries the
     * date a page was generated or last touched: the date shown nearest
     * the headline wins, unless it is the page's modification date ("last
     * post" of a forum thread). */
    if (pub->rank >= RANK_MICRODATA || modified_before(ev, now, pub))
        return vis->rank <= RANK_NEAR_HEADLINE && !day_among(ev, now, &pub->date, is_url, false) ? vis : pub;
    if (lone_opengraph(ev, now, pub, vis))
        return vis;
    /* Strong markup shown on the page too, or repeated by the URL, stays. */
    if (day_among(ev, now, &pub->date, is_shown, false) || day_among(ev, now, &pub->date, is_url, false))
        return pub;
    /* Another published date of the markup, or the URL, names the shown
     * day: the best-ranked source is the odd one out. */
    if (day_among(ev, now, &vis->date, any_markup_or_url, true))
        return vis;
    /* The markup's own modification day shown near the headline with no
     * label (and no update mark in the page's elements) is the date the
     * page gives its readers. */
    if (vis->rank <= RANK_NEAR_HEADLINE && day_among(ev, now, &vis->date, is_markup_update, false) &&
        !day_among(ev, now, &vis->date, is_page_update, false))
        return vis;
    return pub;
}

/* A date shown as "Updated ..." near the headline is the only date some
 * pages give their readers: it stands in when nothing else dates the page
 * but the first date of the text (an update is no publication date when
 * the markup, the URL or the page shows one). */
static const meta_date_cand *prefer_shown_update(const meta_evidence *ev, time_t now,
                                                 const meta_date_cand *pub)
{
    if (pub && pub->rank < RANK_FIRST_TEXT)
        return pub;
    const meta_date_cand *upd = best_of(ev, now, is_shown, true);
    return upd ? upd : pub;
}

/* True when a <time> anywhere under `root` (zones included) gives the
 * day of `want` in ISO form, and none gives the day of `other`. */
static bool iso_time_names(const dom_node *root, const date_value *want, const date_value *other)
{
    bool found = false;
    for (const dom_node *n = root; n; n = dom_next(root, n)) {
        if (!dom_is(n, TAG_TIME))
            continue;
        slice dt = slice_trim(dom_attr_value(n, "datetime"));
        date_value d;
        if (dt.len < 10 || !ascii_is_digit((unsigned char)dt.ptr[0]) || dt.ptr[4] != '-' ||
            !date_parse(dt, DATE_ORDER_DAY_FIRST, &d))
            continue;
        if (date_cmp_day(&d, other) == 0)
            return false;
        found |= date_cmp_day(&d, want) == 0;
    }
    return found;
}

/* A date the page labels as its first publication ("originally
 * published on ...") comes before a later date the text shows without
 * such a label (the last revision printed under the headline).  Markup
 * keeps its say: a republished story names the original elsewhere. */
static const meta_date_cand *prefer_original(const meta_evidence *ev, time_t now, const meta_date_cand *pub)
{
    if (!pub || pub->original || (!is_shown(pub) && pub->rank != RANK_FIRST_TEXT))
        return pub;
    for (size_t i = 0; i < ev->date_count; i++) {
        const meta_date_cand *c = &ev->dates[i];
        if (c->original && date_valid(&c->date, now) && date_cmp_day(&c->date, &pub->date) < 0)
            return c;
    }
    return pub;
}

/* A shown numeric date such as 03/10/2023 reads either way; when the
 * URL or the markup holds the other reading, the page's order is that
 * one (a British page under an "en" language tag). */
static const meta_date_cand *reread_ambiguous(const meta_evidence *ev, time_t now,
                                              const meta_date_cand *pub, meta_date_cand *tmp)
{
    if (!pub || !is_shown(pub) || !pub->date.ambiguous)
        return pub;
    date_value swapped = pub->date;
    swapped.month = pub->date.day, swapped.day = pub->date.month;
    if (!day_among(ev, now, &swapped, any_markup_or_url, true) && !iso_time_names(ev->root, &swapped, &pub->date))
        return pub;
    *tmp = *pub;
    tmp->date = swapped;
    return tmp;
}

void meta_dates_choose(meta_evidence *ev, slice url, slice canonical, time_t now, meta_info *m)
{
    date_value d;
    if ((url.len && date_from_url(url, &d)) || (canonical.len && date_from_url(canonical, &d)))
        meta_add_date(ev, &d, RANK_URL, false, "url");
#ifdef META_DEBUG
    fprintf(stderr, "jsonld_rank=%d type=%.*s\n", ev->jsonld_rank, (int)ev->jsonld_type.len,
            ev->jsonld_type.ptr ? ev->jsonld_type.ptr : "");
    for (size_t i = 0; i < ev->date_count; i++) {
        const meta_date_cand *c = &ev->dates[i];
        fprintf(stderr, "cand %04d-%02d-%02d rank=%d mod=%d src=%s valid=%d\n", c->date.year, c->date.month,
                c->date.day, c->rank, c->modified, c->source, date_valid(&c->date, now));
    }
#endif
    const meta_date_cand *pub = best_of(ev, now, NULL, false);
    if (pub)
        pub = consistent_of_rank(ev, now, pub);
    const meta_date_cand *mod = best_of(ev, now, NULL, true);
    if (pub && is_markup(pub))
        pub = prefer_shown(ev, now, pub);
    pub = prefer_shown_update(ev, now, pub);
    pub = prefer_original(ev, now, pub);
    meta_date_cand reread;
    pub = reread_ambiguous(ev, now, pub, &reread);
    /* A UTC timestamp near midnight may fall on another day than the one
     * the publisher shows.  When the page shows a date one day off near
     * the headline (a local day: no zone, or a zone other than UTC), the
     * shown day is the publication day. */
    meta_date_cand local;
    if (pub && maybe_utc_time(&pub->date) && !is_shown(pub) && !day_among(ev, now, &pub->date, is_shown, true)) {
        for (size_t i = 0; i < ev->date_count; i++) {
            const meta_date_cand *c = &ev->dates[i];
            /* An element classed as a date anywhere on the page (a
             * teaser's, as often as not) is no local day. */
            if (c->modified || !is_shown(c) || c->rank == RANK_DATE_CLASS || !date_valid(&c->date, now) ||
                is_utc_time(&c->date))
                continue;
            if (days_apart(&c->date, &pub->date) == 1) {
                local = *pub;
                local.date = (date_value){ .year = c->date.year, .month = c->date.month, .day = c->date.day };
                pub = &local;
                break;
            }
        }
    }
    if (pub) {
        m->date_published = date_format(ev->out, &pub->date);
        m->date_source = pub->source;
    }
    if (mod && (!pub || date_cmp_day(&mod->date, &pub->date) >= 0))
        m->date_modified = date_format(ev->out, &mod->date);
}

void meta_forget_guessed_date(meta_info *m, bool shown_too)
{
    /* With `shown_too`, a date shown near the headline or in a
     * date-classed element goes as well: on a product page that is a
     * review's, an offer's or a shipping date (WCXB: 13 such answers on
     * product pages, all on pages it leaves undated; on service pages
     * the same rule lost more than it won, as news pages are classified
     * service at times). */
    const char *s = m->date_source;
    if (s && (strcmp(s, "text-first") == 0 ||
              (shown_too && (strcmp(s, "text") == 0 || strcmp(s, "text-class") == 0)))) {
        m->date_published = slice_make(NULL, 0);
        m->date_source = NULL;
    }
}
