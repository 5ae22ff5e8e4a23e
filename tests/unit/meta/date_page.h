/* date_page.h - a small page run through meta_extract for the date unit
 * tests (test_meta_date_choice.c, test_meta_date_shown.c), with the
 * clock fixed at DATE_PAGE_NOW so that "future" dates are stable. */
#ifndef PITH_TEST_DATE_PAGE_H
#define PITH_TEST_DATE_PAGE_H

#include <time.h>

#include "meta/meta.h"

/* 2026-03-15 12:00 UTC. */
#define DATE_PAGE_NOW ((time_t)1773576000)

typedef struct page {
    arena *a;
    meta_context *ctx;
    meta_info m;
} page;

/* Parses `html` (with mini_tree) and extracts its metadata; `url` may be
 * NULL.  Fails the test on an error. */
void extract_url(page *p, const char *html, const char *url);
void extract(page *p, const char *html);
void done(page *p);
/* Fails the test unless date_published's day (its first 10 characters)
 * is `want`, or unless there is no date when `want` is NULL. */
void day_is(const page *p, const char *want);

#endif
