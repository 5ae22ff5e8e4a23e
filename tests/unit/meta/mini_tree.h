/* mini_tree.h - naive HTML -> DOM for the metadata unit tests. */
#ifndef PITH_TEST_MINI_TREE_H
#define PITH_TEST_MINI_TREE_H

#include "html/dom.h"

int mini_tree_parse(arena *a, const char *html, size_t len, dom_document *doc);

#endif
