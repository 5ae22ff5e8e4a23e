/* tree.h - builds small article trees for the writer tests from a strict
 * HTML-like string, with dom_new_element/dom_new_text/dom_append only (the
 * real parser is another layer's, and these tests must not depend on it).
 *
 * Accepted: <name attr="value" ...>, </name>, text, the entities &amp;
 * &lt; &gt; &quot;, and the void elements br, hr, img.  Whitespace is
 * kept as written.  The root is a DOM_FRAGMENT, as the extractor's. */
#ifndef PITH_TEST_OUT_TREE_H
#define PITH_TEST_OUT_TREE_H

#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "html/dom.h"

typedef struct test_tree {
    arena *arena;
    dom_document doc;
} test_tree;

static char *tree_unescape(arena *a, const char *s, size_t n, size_t *out_len)
{
    char *o = arena_alloc(a, n + 1);
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        static const struct { const char *name; char c; } ent[] = {
            { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' } };
        size_t k;
        for (k = 0; k < 4; k++) {
            size_t l = strlen(ent[k].name);
            if (i + l <= n && memcmp(s + i, ent[k].name, l) == 0) {
                o[w++] = ent[k].c;
                i += l - 1;
                break;
            }
        }
        if (k == 4)
            o[w++] = s[i];
    }
    o[w] = '\0';
    *out_len = w;
    return o;
}

static dom_node *tree_parse(test_tree *t, const char *src)
{
    t->arena = arena_new(0);
    memset(&t->doc, 0, sizeof t->doc);
    t->doc.arena = t->arena;
    dom_node *root = dom_new_node(&t->doc, DOM_FRAGMENT);
    t->doc.root = root;
    dom_node *cur = root;
    const char *p = src;
    while (*p) {
        if (*p != '<') {
            const char *e = strchr(p, '<');
            size_t n = e ? (size_t)(e - p) : strlen(p), len;
            char *txt = tree_unescape(t->arena, p, n, &len);
            dom_append(cur, dom_new_text(&t->doc, slice_make(txt, len)));
            p += n;
            continue;
        }
        if (p[1] == '/') {
            p = strchr(p, '>') + 1;
            cur = cur->parent ? cur->parent : root;
            continue;
        }
        p++;
        size_t nl = strcspn(p, " >");
        char *name = arena_strndup(t->arena, p, nl);
        p += nl;
        dom_node *el = dom_new_element(&t->doc, NS_HTML, tag_lookup(name, nl), slice_make(name, nl));
        dom_attr attrs[8];
        uint32_t na = 0;
        while (*p == ' ') {
            p++;
            size_t an = strcspn(p, "=");
            attrs[na].name = slice_make(arena_strndup(t->arena, p, an), an);
            p += an + 2; /* =" */
            size_t vn = strcspn(p, "\""), len;
            char *v = tree_unescape(t->arena, p, vn, &len);
            attrs[na].value = slice_make(v, len);
            attrs[na].ns = ATTR_NS_NONE;
            na++;
            p += vn + 1;
        }
        p++; /* > */
        if (na) {
            el->u.el.attrs = arena_alloc(t->arena, na * sizeof *attrs);
            memcpy(el->u.el.attrs, attrs, na * sizeof *attrs);
            el->u.el.attr_count = na;
        }
        dom_append(cur, el);
        if (!(dom_is(el, TAG_BR) || dom_is(el, TAG_HR) || dom_is(el, TAG_IMG)))
            cur = el;
    }
    return root;
}

static void tree_free(test_tree *t) { arena_free(t->arena); }

typedef enum { RENDER_TEXT, RENDER_MD, RENDER_MD_LINKS, RENDER_HTML } render_kind;

/* Renders src with a writer; the caller frees the result. */
__attribute__((unused)) static char *render(render_kind kind, const char *src)
{
    test_tree t;
    dom_node *root = tree_parse(&t, src);
    buf out = BUF_INIT;
    switch (kind) {
    case RENDER_TEXT: out_text(root, &out); break;
    case RENDER_MD: out_markdown(root, false, false, &out); break;
    case RENDER_MD_LINKS: out_markdown(root, true, true, &out); break;
    case RENDER_HTML: out_html(root, &out); break;
    }
    tree_free(&t);
    buf_cstr(&out);
    return buf_detach(&out, NULL);
}

#define assert_render(kind, src, expected)                                                         \
    do {                                                                                           \
        char *got_ = render(kind, src);                                                            \
        assert_string_equal(got_, expected);                                                       \
        free(got_);                                                                                \
    } while (0)

#endif
