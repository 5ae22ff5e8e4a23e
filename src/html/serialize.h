/* serialize.h - writing a tree back out: as HTML (HTML Standard 13.3,
 * "Serializing HTML fragments") and in the html5lib tree-construction test
 * format ("| <html>", two spaces per level, attributes sorted). */
#ifndef PITH_HTML_SERIALIZE_H
#define PITH_HTML_SERIALIZE_H

#include "../core/buf.h"
#include "dom.h"

/* The node itself and its subtree, as HTML. */
void html_serialize(const dom_node *node, buf *out);
/* Only the children of the node (the standard's fragment serialisation). */
void html_serialize_children(const dom_node *node, buf *out);
/* The html5lib test format of the node's children (for a document or a
 * fragment root), each line "| " + indentation + item, ending in "\n". */
void html_dump_test_format(const dom_node *root, buf *out);

#endif
