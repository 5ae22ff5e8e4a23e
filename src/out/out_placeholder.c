/* out_placeholder.c - PLACEHOLDER until the writers land.  Delete when
 * src/out/ has the real writers. */
#include "out.h"

void out_text(const dom_node *article, buf *out) { dom_text_content(article, out); }
void out_markdown(const dom_node *article, bool links, bool images, buf *out)
{
    (void)links, (void)images;
    dom_text_content(article, out);
}
void out_html(const dom_node *article, buf *out) { dom_text_content(article, out); }
void out_json_string(slice s, buf *out)
{
    buf_putc(out, '"');
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.ptr[i];
        if (c == '"' || c == '\\')
            buf_putc(out, '\\'), buf_putc(out, (char)c);
        else if (c < 0x20)
            buf_printf(out, "\\u%04x", c);
        else
            buf_putc(out, (char)c);
    }
    buf_putc(out, '"');
}
void out_json(const out_record *rec, const char *source, buf *out)
{
    (void)rec;
    buf_puts(out, "{\"source\":");
    if (source)
        out_json_string(slice_make(source, strlen(source)), out);
    else
        buf_puts(out, "null");
    buf_puts(out, "}");
}
void out_json_error(const char *source, const char *message, buf *out)
{
    buf_puts(out, "{\"source\":");
    if (source)
        out_json_string(slice_make(source, strlen(source)), out);
    else
        buf_puts(out, "null");
    buf_puts(out, ",\"error\":");
    out_json_string(slice_make(message, strlen(message)), out);
    buf_puts(out, "}");
}
