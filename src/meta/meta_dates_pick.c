/* meta_dates_pick.c - the end of the visible-text date scan: of the
 * dates found near the headline (meta_dates.c), the nearest becomes a
 * candidate for date_published (and the nearest update one for
 * date_modified), beside the first date of the text as the last resort;
 * meta_date_choose.c then weighs them against the markup. */
#include "meta_date_scan.h"

#ifdef META_DEBUG
#include <stdio.h>
#endif

/* The number of days the <time> candidates fall on (counted up to 3). */
static int time_days(const scan_state *st)
{
    const date_value *seen[3];
    int n = 0;
    for (size_t i = 0; i < st->near_count && n < 3; i++) {
        const near_cand *c = &st->near[i];
        bool known = !c->time_element;
        for (int k = 0; k < n && !known; k++)
            known = date_cmp_day(seen[k], &c->date) == 0;
        if (!known)
            seen[n++] = &c->date;
    }
    return n;
}

void meta_dates_end(meta_date_scan *st)
{
    if (!st)
        return;
    meta_evidence *ev = st->ev;
    if (st->head_seen && !st->head_done)
        st->head_end = st->offset;
#ifdef META_DEBUG
    fprintf(stderr, "head_seen=%d head=%zu..%zu total=%zu\n", st->head_seen, st->head_start, st->head_end, st->offset);
    for (size_t i = 0; i < st->near_count; i++)
        fprintf(stderr, "near %04d-%02d-%02d off=%zu mod=%d time=%d\n", st->near[i].date.year, st->near[i].date.month,
                st->near[i].date.day, st->near[i].offset, st->near[i].modified, st->near[i].time_element);
#endif

    /* The nearest candidate to the headline; without a headline the first
     * one.  A <time> element is preferred over plain text at the same
     * distance class. */
    size_t best = SIZE_MAX, best_mod = SIZE_MAX;
    size_t best_dist = SIZE_MAX, best_mod_dist = SIZE_MAX;
    for (size_t i = 0; i < st->near_count; i++) {
        const near_cand *c = &st->near[i];
        size_t dist;
        if (!st->head_seen) {
            dist = i; /* document order */
        } else if (c->offset >= st->head_end) {
            dist = c->offset - st->head_end;
            if (dist > NEAR_AFTER)
                continue;
        } else if (c->offset < st->head_start) {
            dist = st->head_start - c->offset;
            if (dist > NEAR_BEFORE)
                continue;
            dist *= 2; /* a date above the headline is less usual */
        } else {
            /* A date in the headline is mostly the event's ("results of
             * 19.5.2007"): any other date near it comes first-> */
            dist = NEAR_AFTER;
        }
        if (c->time_element)
            dist /= 2;
        if (c->modified) {
            if (dist < best_mod_dist)
                best_mod_dist = dist, best_mod = i;
        } else if (dist < best_dist) {
            best_dist = dist, best = i;
        }
    }
    /* Without a headline, <time>s on three days or more date the items
     * of a listing, none the page's own: neither the first of them nor
     * the first date of the text is a guess to make. */
    bool listing = !st->head_seen && time_days(st) >= 3;
    if (!st->head_seen && st->near_count) {
        /* Without a headline only <time> elements are trusted. */
        best = SIZE_MAX;
        for (size_t i = 0; i < st->near_count && !listing; i++)
            if (st->near[i].time_element && !st->near[i].modified) {
                best = i;
                break;
            }
    }
    for (size_t i = 0; i < st->near_count && !listing; i++)
        if (!st->near[i].modified) {
            meta_add_date(ev, &st->near[i].date, RANK_FIRST_TEXT, false, "text-first");
            break;
        }
    if (best != SIZE_MAX) {
        size_t n = ev->date_count;
        meta_add_date(ev, &st->near[best].date,
                      st->near[best].time_element ? RANK_TIME_ELEMENT : RANK_NEAR_HEADLINE, false,
                      st->near[best].time_element ? "time" : "text");
        if (ev->date_count > n)
            ev->dates[n].alone = st->near[best].alone;
    }
    if (best_mod != SIZE_MAX)
        meta_add_date(ev, &st->near[best_mod].date, RANK_NEAR_HEADLINE, true, "text");
}
