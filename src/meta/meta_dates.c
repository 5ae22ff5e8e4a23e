/* meta_dates.c - date candidates from the page body (<time>, microdata,
 * elements classed as dates, visible text near the headline), gathered
 * node by node in the walk of meta_scan.c; meta_dates_pick.c picks among
 * the text dates at the end, meta_date_choose.c among all candidates.
 *
 * Only the page's main area counts: zones such as navigation, footers,
 * side lists and comments are skipped (meta_zones.c).  Candidates are
 * ranked by source; visible-text dates are ranked by their distance from
 * the headline. */
#include "meta_date_scan.h"

#include "../core/ascii.h"
#ifdef META_DEBUG
#include <stdio.h>
#endif

static const char *const modified_words[] = {
    "updated", "modified", "aktualisiert", "mis \xC3\xA0 jour", "actualizado", "aggiornato",
    "atualizado", "bijgewerkt", "\xD0\xBE\xD0\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB", /* обновл */
    "zaktualizowano", "edited", "last update",
    /* forum threads show the latest post's date beside the headline */
    "last post", "last reply", "letzter beitrag", "dernier message", "\xC3\xA4nderung", NULL,
};

/* Labels of a member's dates in forum posts: never the thread's. */
static const char *const member_words[] = {
    "registered", "joined", "member since", "registriert", "mitglied seit", "inscrit",
    "registrado", "iscritto", "miembro desde", NULL,
};

/* True when the few characters before `at` in `text` (continuing the
 * visible text before it, st->tail) hold one of `words`. */
static bool labelled(const scan_state *st, slice text, size_t at, const char *const *words)
{
    enum { WINDOW = 40 };
    char buf[WINDOW + sizeof st->tail];
    size_t n = 0;
    size_t from = at > WINDOW ? at - WINDOW : 0;
    if (at < WINDOW) {
        size_t take = st->tail_len < WINDOW - at ? st->tail_len : WINDOW - at;
        memcpy(buf, st->tail + st->tail_len - take, take);
        n = take;
    }
    memcpy(buf + n, text.ptr + from, at - from);
    n += at - from;
    slice before = slice_make(buf, n);
    for (size_t k = 0; words[k]; k++)
        if (slice_find_nocase(before, words[k]) >= 0)
            return true;
    return false;
}

/* The same for "Updated" and its kin. */
static bool labelled_modified(const scan_state *st, slice text, size_t at)
{
    return labelled(st, text, at, modified_words);
}

/* Keeps the last bytes of the visible text seen (a space between nodes);
 * `s` is trimmed. */
static void remember_trimmed(scan_state *st, slice s)
{
    const size_t cap = sizeof st->tail;
    if (!s.len)
        return;
    if (s.len >= cap - 1) {
        st->tail[0] = ' ';
        memcpy(st->tail + 1, s.ptr + s.len - (cap - 1), cap - 1);
        st->tail_len = cap;
        return;
    }
    size_t need = s.len + 1;
    if (st->tail_len + need > cap) {
        size_t drop = st->tail_len + need - cap;
        memmove(st->tail, st->tail + drop, st->tail_len - drop);
        st->tail_len -= drop;
    }
    st->tail[st->tail_len++] = ' ';
    memcpy(st->tail + st->tail_len, s.ptr, s.len);
    st->tail_len += s.len;
}

static void remember_text(scan_state *st, slice s)
{
    remember_trimmed(st, slice_trim(s));
}

static void add_near(scan_state *st, const date_value *d, size_t offset, bool modified, bool time_el, bool alone)
{
    if (st->near_count < sizeof st->near / sizeof *st->near)
        st->near[st->near_count++] = (near_cand){ *d, offset, modified, time_el, alone };
}


static bool is_date_prop(slice p, bool *modified)
{
    *modified = slice_eq_nocase(p, "dateModified");
    return *modified || slice_eq_nocase(p, "datePublished") || slice_eq_nocase(p, "dateCreated") ||
           slice_eq_nocase(p, "uploadDate");
}

/* True when a <time>'s text is a length of time, "19 years" ("a
 * community for 19 years"): the age of a community or an account since
 * the timestamp, not when the page was written ("19 years ago" is). */
static bool shows_duration(slice text)
{
    static const char *const units[] = { "year", "month", "week", "day", "hour", "minute", NULL };
    text = slice_trim(text);
    size_t i = 0;
    while (i < text.len && ascii_is_digit((unsigned char)text.ptr[i]))
        i++;
    if (!i || i == text.len || text.ptr[i] != ' ')
        return false;
    slice unit = slice_make(text.ptr + i + 1, text.len - i - 1);
    if (unit.len && (unit.ptr[unit.len - 1] == 's' || unit.ptr[unit.len - 1] == 'S'))
        unit.len--;
    for (size_t k = 0; units[k]; k++)
        if (slice_eq_nocase(unit, units[k]))
            return true;
    return false;
}

/* True when `el` is classed "updated" and not as a publication: hAtom
 * marks an entry's last change with that class ("<span
 * class="updated">"), and themes wrap the one <time> they print in an
 * element that says which date it is ("<span class="updated-on"><time
 * class="entry-date published updated">").  "modified" is not asked:
 * "date-modified" elements show the date a page gives its readers as
 * often as not. */
static bool classed_update(const dom_node *el)
{
    static const char *const updated[] = { "updated", NULL };
    static const char *const published[] = { "publish", "created", "posted", NULL };
    return el && el->type == DOM_ELEMENT && meta_class_has(el, updated) && !meta_class_has(el, published);
}

static void scan_time(scan_state *st, const dom_node *el)
{
    /* <time itemprop="dateModified"> is an update whatever its class. */
    bool modified_prop = false;
    slice prop = dom_attr_value(el, "itemprop");
    if (prop.ptr && !is_date_prop(prop, &modified_prop))
        modified_prop = false;
    slice dt = dom_attr_value(el, "datetime");
    if (!dt.ptr && el->tag == TAG_UNKNOWN)
        dt = dom_attr_value(el, "ts"); /* <faceplate-timeago ts="..."> */
    date_value d, shown;
    bool parsed = dt.ptr ? date_parse(dt, st->ev->order, &d) : false;
    slice text = meta_node_text(st->ev->scratch, el, DATE_CLASS_TEXT_MAX);
    if (date_find(text, st->ev->order, &shown, NULL, NULL)) {
        /* The day readers see beats a timestamp on another day (a UTC
         * value, or the time of another event such as the last edit);
         * a bare date in datetime is taken as written. */
        if (!parsed || (d.has_time && date_cmp_day(&shown, &d) != 0))
            d = shown;
        parsed = true;
    }
    if (!parsed || shows_duration(text) || labelled(st, slice_make("", 0), 0, member_words))
        return;
    static const char *const mod_cls[] = { "updated", "modified", NULL };
    static const char *const pub_cls[] = { "publish", "created", "posted", "entry-date", NULL };
    /* "updated published" (WordPress themes) is the publication date,
     * unless the text before it labels it an update ("Updated <time
     * class="entry-date published updated">"). */
    bool label_mod = labelled_modified(st, slice_make("", 0), 0) || classed_update(el->parent);
    bool published = !label_mod && (dom_attr_find(el, "pubdate") || meta_class_has(el, pub_cls));
    bool modified = !published && (label_mod || modified_prop || meta_class_has(el, mod_cls));
    if (published) {
        meta_add_date(st->ev, &d, RANK_TIME_ELEMENT, false, "time");
        return;
    }
    add_near(st, &d, st->offset, modified, true, false);
}

/* A custom element named as a time ("relative-time", "local-time",
 * "amp-timeago", "faceplate-timeago") with a timestamp attribute: web
 * components that render it as "3 hours ago" or a local date stand in
 * for <time>. */
static bool is_custom_time(const dom_node *el)
{
    if (el->tag != TAG_UNKNOWN || el->ns != NS_HTML)
        return false;
    slice n = el->name;
    bool named = false;
    for (size_t i = 0; i + 4 <= n.len && !named; i++)
        named = (i == 0 || n.ptr[i - 1] == '-') && memcmp(n.ptr + i, "time", 4) == 0;
    return named && memchr(n.ptr, '-', n.len) && (dom_attr_find(el, "datetime") || dom_attr_find(el, "ts"));
}

static void scan_microdata(scan_state *st, const dom_node *el, slice prop)
{
    bool modified;
    if (!prop.ptr || dom_is(el, TAG_META) || !is_date_prop(prop, &modified))
        return;
    if (modified ? st->microdata_mod : st->microdata_pub)
        return;
    slice v = dom_attr_value(el, "content");
    if (!v.ptr)
        v = dom_attr_value(el, "datetime");
    if (!v.ptr && dom_is(el, TAG_ABBR))
        v = dom_attr_value(el, "title");
    date_value d;
    bool ok = v.ptr && date_parse(v, st->ev->order, &d);
    if (!ok) {
        slice text = meta_node_text(st->ev->scratch, el, DATE_CLASS_TEXT_MAX);
        ok = date_find(text, st->ev->order, &d, NULL, NULL);
    }
    if (ok) {
        meta_add_date(st->ev, &d, RANK_MICRODATA, modified, "microdata");
        if (modified)
            st->microdata_mod = true;
        else
            st->microdata_pub = true;
    }
}

/* True when `el` contains the headline ("post-meta-wrapper" around the
 * <h1>): its first date would be one the headline mentions. */
static bool holds_headline(const scan_state *st, const dom_node *el)
{
    for (const dom_node *p = st->headline; p; p = p->parent)
        if (p == el)
            return true;
    return false;
}

/* Labels of a page's first publication, set apart from its current
 * date ("This article was originally published on 26 Sep 2019 but has
 * been updated"). */
static const char *const original_words[] = {
    "originally published", "first published", "originally posted", "first posted",
    "urspr\xC3\xBCnglich ver\xC3\xB6""ffentlicht", "erstmals ver\xC3\xB6""ffentlicht",
    "publicado originalmente", "publi\xC3\xA9 initialement", NULL,
};

static bool holds_original_label(slice text)
{
    for (size_t k = 0; original_words[k]; k++)
        if (slice_find_nocase(text, original_words[k]) >= 0)
            return true;
    return false;
}

/* True when a text child of `el` holds a first publication's label (a
 * cheap look before its text is gathered).  A label has no white space
 * at its ends, so only the trimmed text is searched (most such children
 * are the indentation between elements). */
static bool original_label_child(const dom_node *el)
{
    for (const dom_node *c = el->first_child; c; c = c->next) {
        if (c->type != DOM_TEXT || c->u.text.len > DATE_CLASS_TEXT_MAX)
            continue;
        slice t = meta_trim_text(c->u.text);
        if (t.len && holds_original_label(t))
            return true;
    }
    return false;
}

static void scan_date_class(scan_state *st, const dom_node *el)
{
    if ((st->class_date_found && st->original_found) || !meta_date_class(st->ev, el) || holds_headline(st, el))
        return;
    /* Past the first date element only a first publication's label is
     * looked for (a note under the article), in the element's own text. */
    if (st->class_date_found && !original_label_child(el))
        return;
    slice text = meta_node_text(st->ev->scratch, el, DATE_CLASS_TEXT_MAX + 1);
    if (!text.len || text.len > DATE_CLASS_TEXT_MAX)
        return;
    bool original = !st->original_found && holds_original_label(text);
    date_value d;
    size_t at = 0;
    if (!date_find(text, st->ev->order, &d, &at, NULL)) {
        /* A relative time ("15 minutes ago") with the timestamp in its
         * title. */
        slice title = dom_attr_value(el, "title");
        if (!title.ptr || !date_parse(title, st->ev->order, &d))
            return;
    }
    original = original && labelled(st, text, at, original_words);
    size_t n = st->ev->date_count;
    if (original || (!st->class_date_found && !labelled_modified(st, text, at))) {
        meta_add_date(st->ev, &d, RANK_DATE_CLASS, false, "text-class");
        if (st->ev->date_count > n)
            st->ev->dates[n].original = original;
        st->original_found |= original;
        st->class_date_found = true;
    } else if (!st->class_date_found && !st->class_mod_found) {
        meta_add_date(st->ev, &d, RANK_DATE_CLASS, true, "text-class");
        st->class_mod_found = true;
    }
}

/* True when no candidate added from now on can become the first one
 * (RANK_FIRST_TEXT): one is in hand, or there is no room. */
static bool first_taken(const scan_state *st)
{
    if (st->near_count == sizeof st->near / sizeof *st->near)
        return true;
    for (size_t i = 0; i < st->near_count; i++)
        if (!st->near[i].modified)
            return true;
    return false;
}

static void scan_text(scan_state *st, const dom_node *t, slice trimmed)
{
    slice s = t->u.text;
    size_t base = st->text_done ? s.len : 0;
    while (base < s.len) {
        date_value d;
        size_t at, end;
        slice rest = slice_make(s.ptr + base, s.len - base);
        if (!date_find(rest, st->ev->order, &d, &at, &end))
            break;
        /* The first words after the headline are the article's own
         * dateline, whatever links the block around them holds (the
         * gap counts text, not the source's indentation). */
        bool dateline = st->head_done && st->text_after_head + base + at <= DATELINE_GAP;
        if ((dateline || !meta_date_in_teaser(t, st->headline, st->head_anc, st->head_anc_count)) &&
            !labelled(st, s, base + at, member_words)) {
            bool alone = trimmed.ptr == s.ptr + base + at && trimmed.ptr + trimmed.len == s.ptr + base + end;
            bool modified = classed_update(t->parent) || labelled_modified(st, s, base + at);
            add_near(st, &d, st->offset + base + at, modified, false, alone);
        }
        base += end;
    }
    st->offset += s.len;
    if (st->head_done)
        st->text_after_head += trimmed.len;
    remember_trimmed(st, trimmed);
}

/* True when the headline is an <h1> of the site's top bar (a <header>
 * outside <article>/<main>) that no title source backs: the site's name
 * set as a logo, whose neighbours are the bar's (today's date, a login
 * line), not the article's dateline. */
static bool site_logo(const meta_evidence *ev)
{
    const dom_node *h = ev->headline;
    bool header = false;
    for (size_t i = 0; h && i < ev->h1_count; i++)
        if (ev->h1[i] == h && ev->h1_agrees[i])
            return false;
    for (const dom_node *p = h ? h->parent : NULL; p; p = p->parent) {
        if (dom_is(p, TAG_ARTICLE) || dom_is(p, TAG_MAIN))
            return false;
        header |= dom_is(p, TAG_HEADER);
    }
    return header;
}

meta_date_scan *meta_dates_begin(meta_evidence *ev, const dom_document *page)
{
    scan_state *st = arena_alloc(ev->scratch, sizeof *st);
    if (!st)
        return NULL;
    memset(st, 0, sizeof *st);
    st->ev = ev;
    st->headline = site_logo(ev) ? NULL : ev->headline;
    for (const dom_node *h = st->headline; h && st->head_anc_count < sizeof st->head_anc / sizeof *st->head_anc;
         h = h->parent)
        st->head_anc[st->head_anc_count++] = h;
    st->after_head = st->headline ? dom_next_skip(page->root, st->headline) : NULL;
    return st;
}

bool meta_dates_skip_blank(meta_date_scan *st, const dom_node *n)
{
    /* Blank text (the indentation between elements, most text nodes of a
     * page) holds no date and leaves the tail as it is: it only counts.
     * Whether text dates are done is asked again at the next text that
     * holds any; the node after the headline is visited. */
    if (n == st->after_head)
        return false;
    st->offset += n->u.text.len;
    return true;
}

bool meta_dates_visit(meta_date_scan *st, const dom_node *n, slice trimmed, const meta_node_attrs *at)
{
    meta_evidence *ev = st->ev;
    /* Stepping past the headline's subtree ends its text range. */
    if (st->head_seen && !st->head_done && n == st->after_head) {
        st->head_end = st->offset;
        st->head_done = true;
    }
    if (n->type == DOM_ELEMENT) {
        if (meta_zone_skip(ev, n)) {
#ifdef META_DEBUG
            slice sk = meta_node_text(ev->scratch, n, 80);
            slice cl = dom_attr_value(n, "class");
            fprintf(stderr, "skip <%d class=%.*s> %.*s\n", (int)n->tag, (int)cl.len, cl.ptr ? cl.ptr : "",
                    (int)sk.len, sk.ptr ? sk.ptr : "");
#endif
            return true;
        }
        if (n == st->headline) {
            st->head_start = st->offset;
            st->head_seen = true;
        }
        scan_microdata(st, n, at->itemprop);
        if (dom_is(n, TAG_TIME) || is_custom_time(n)) {
            scan_time(st, n);
            /* Its text would be found again as a plain text date. */
            slice text = meta_node_text(ev->scratch, n, 400);
            st->offset += text.len;
            if (st->head_done)
                st->text_after_head += text.len;
            remember_text(st, text);
            return true;
        }
        scan_date_class(st, n);
    } else if (n->type == DOM_TEXT) {
        /* Past the headline's window, with a first date in hand, no
         * text date can be chosen any more (the article's body is most
         * of the page's text; the scan only counts it). */
        if (!st->text_done && st->head_done && st->offset > st->head_end + NEAR_AFTER)
            st->text_done = first_taken(st);
        if (!trimmed.len) {
            st->offset += n->u.text.len; /* the blank node after the headline */
            return false;
        }
        scan_text(st, n, trimmed);
    }
    return false;
}
