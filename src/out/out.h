/* out.h - writers: the article tree and metadata as plain text, Markdown,
 * HTML and JSON. */
#ifndef PITH_OUT_H
#define PITH_OUT_H

#include "../core/buf.h"
#include "record.h"

/* Plain text: blocks separated by one blank line, whitespace collapsed. */
void out_text(const dom_node *article, buf *out);
/* Markdown (CommonMark + GFM tables); links and images when asked. */
void out_markdown(const dom_node *article, bool links, bool images, buf *out);
/* Clean HTML of the article tree. */
void out_html(const dom_node *article, buf *out);
/* One JSON object with every field (null when unknown); `source` may be NULL. */
void out_json(const out_record *rec, const char *source, buf *out);
/* {"source": ..., "error": ...} */
void out_json_error(const char *source, const char *message, buf *out);
/* Writes s as a JSON string literal (quotes included). */
void out_json_string(slice s, buf *out);

#endif
