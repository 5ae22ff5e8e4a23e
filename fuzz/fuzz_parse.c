/* fuzz_parse.c - libFuzzer target for decoder + tokenizer + tree builder.
 *
 * First byte: bit 0 the scripting flag, bit 1 fragment mode, bits 2-6 the
 * fragment context (from a list covering the tree builder's special
 * contexts); the rest is the page.  The tree is then walked and dumped, so
 * broken links show up under AddressSanitizer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "html/decode/decode.h"
#include "html/dom.h"
#include "html/parse.h"
#include "html/serialize.h"

static const struct {
    dom_ns ns;
    const char *name;
} contexts[] = {
    { NS_HTML, "body" },     { NS_HTML, "div" },      { NS_HTML, "td" },
    { NS_HTML, "tr" },       { NS_HTML, "tbody" },    { NS_HTML, "table" },
    { NS_HTML, "caption" },  { NS_HTML, "colgroup" }, { NS_HTML, "select" },
    { NS_HTML, "template" }, { NS_HTML, "html" },     { NS_HTML, "head" },
    { NS_HTML, "title" },    { NS_HTML, "textarea" }, { NS_HTML, "style" },
    { NS_HTML, "script" },   { NS_HTML, "plaintext" },{ NS_HTML, "noscript" },
    { NS_HTML, "frameset" }, { NS_HTML, "iframe" },   { NS_HTML, "xmp" },
    { NS_SVG, "svg" },       { NS_SVG, "path" },      { NS_SVG, "foreignObject" },
    { NS_SVG, "title" },     { NS_MATHML, "math" },   { NS_MATHML, "mi" },
    { NS_MATHML, "annotation-xml" }, { NS_HTML, "option" }, { NS_HTML, "p" },
    { NS_HTML, "li" },       { NS_HTML, "a" },
};
enum { CONTEXTS = sizeof contexts / sizeof *contexts };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned mode = data[0];
    arena *a = arena_new(256u << 20);
    if (!a)
        return 0;
    html_decoded d;
    dom_document doc;
    /* A node cap as pith_extract has one: bounds the work per input, so
     * an amplifying input shows up as PITH_ELIMIT instead of a timeout,
     * and the limit paths get exercised. */
    html_parse_options po = { .scripting = mode & 1, .max_nodes = 200000, .max_depth = 0 };
    int rc = html_decode(a, (const char *)data + 1, size - 1, NULL, &d);
    if (rc == 0) {
        if (mode & 2) {
            unsigned k = (mode >> 2) % CONTEXTS;
            slice name = slice_make(contexts[k].name, strlen(contexts[k].name));
            rc = html_parse_fragment(a, d.utf8, d.len, contexts[k].ns, name, &po, &doc);
        } else {
            rc = html_parse_document(a, d.utf8, d.len, &po, &doc);
        }
    }
    if (rc == 0 && doc.root) {
        size_t nodes = 0;
        for (dom_node *n = doc.root; n; n = dom_next(doc.root, n)) {
            if (n->first_child && n->first_child->parent != n)
                abort();
            if (n->next && n->next->prev != n)
                abort();
            nodes++;
        }
        (void)nodes;
        buf out = BUF_INIT;
        html_dump_test_format(doc.root, &out);
        buf_dispose(&out);
        html_serialize_children(doc.root, &out);
        buf_dispose(&out);
    }
    arena_free(a);
    return 0;
}
