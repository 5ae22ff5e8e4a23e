/* ext_page_fixture.h - the extraction unit tests' common step: parse a
 * page, extract it with given options, render the article as text. */
#ifndef PITH_TEST_EXT_PAGE_FIXTURE_H
#define PITH_TEST_EXT_PAGE_FIXTURE_H

#include <stddef.h>

#include "core/buf.h"
#include "extract/extract.h"

typedef struct ext_page {
    arena *dom_arena, *out;
    dom_document doc;
    ext_result res;
    buf text; /* the article as plain text, NUL-terminated */
} ext_page;

/* Parses html (scripting on), extracts it with eo and renders the text;
 * a failing step fails the test. */
void ext_page_run(ext_page *p, const char *html, const ext_options *eo);

/* The same with tables on and url as the page's address. */
void ext_page_run_at(ext_page *p, const char *html, const char *url);

void ext_page_done(ext_page *p);

/* Fails the test unless every kept[i] is in the text and no gone[i] is. */
void ext_page_expect(const ext_page *p, const char *const *kept, size_t nk, const char *const *gone,
                     size_t ng);

#endif
