/* pith.c - the public API: runs the pipeline decode -> parse -> {meta,
 * extract} -> out for one page, and hands data between the layers (extract
 * and meta never call each other).
 *
 * Memory: the extractor keeps one page arena, reset for every page, for the
 * decoded text and the DOM.  Each result gets its own small arena holding
 * the article tree and the metadata, so it outlives the next page. */
#include "pith.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "extract/extract.h"
#include "html/decode/decode.h"
#include "html/parse.h"
#include "html/serialize.h"
#include "meta/meta.h"
#include "out/out.h"

enum { ERROR_MESSAGE_MAX = 256 };

struct pith_extractor {
    int options[PITH_OPT__COUNT];
    arena *page;
    meta_context *meta; /* metadata scratch and language identifier */
    ext_words *words;   /* extraction's class/id word matchers */
    char error[ERROR_MESSAGE_MAX];
};

struct pith_result {
    arena *arena;
    ext_result ext;
    meta_info meta;
    const char *encoding;
    bool links, images;
    /* Rendered on first request, kept for the field accessors. */
    slice text;
    slice joined[PITH_FIELD__COUNT];
};

static const pith_option_info option_table[PITH_OPT__COUNT] = {
    { PITH_OPT_FAVOR, "favor", "-1 favours recall, +1 precision", -1, 1, 0 },
    { PITH_OPT_COMMENTS, "comments", "extract the comment section as its own field", 0, 1, 0 },
    { PITH_OPT_LINKS, "links", "keep links in Markdown and HTML output", 0, 1, 0 },
    { PITH_OPT_IMAGES, "images", "keep images in Markdown and HTML output", 0, 1, 0 },
    { PITH_OPT_TABLES, "tables", "keep tables", 0, 1, 1 },
    { PITH_OPT_SCRIPTING, "scripting", "parse <noscript> as a browser running scripts does", 0, 1, 1 },
    { PITH_OPT_MAX_INPUT_MB, "max-input-mb", "refuse inputs larger than this many MiB", 1, 4096, 256 },
    { PITH_OPT_MAX_NODES, "max-nodes", "refuse documents with more nodes than this", 1000, 2000000000,
      50000000 },
    { PITH_OPT_MAX_DEPTH, "max-depth", "deepest element nesting kept (deeper ones become siblings)", 16,
      100000, 512 },
};

const char *pith_version(void) { return PITH_VERSION_STRING; }

const char *pith_strerror(int code)
{
    switch (code) {
    case PITH_OK: return "success";
    case PITH_ENOMEM: return "out of memory";
    case PITH_ELIMIT: return "limit exceeded";
    case PITH_EINVAL: return "invalid argument";
    case PITH_EIO: return "input/output error";
    case PITH_EFORMAT: return "malformed input";
    default: return "unknown error";
    }
}

const pith_option_info *pith_options(void) { return option_table; }

int pith_option_count(void) { return PITH_OPT__COUNT; }

pith_extractor *pith_extractor_new(void)
{
    pith_extractor *ex = calloc(1, sizeof *ex);
    if (!ex)
        return NULL;
    for (int i = 0; i < PITH_OPT__COUNT; i++)
        ex->options[i] = option_table[i].default_value;
    ex->page = arena_new(0);
    ex->meta = meta_context_new();
    ex->words = ext_words_new();
    if (!ex->page || !ex->meta || !ex->words) {
        arena_free(ex->page);
        meta_context_free(ex->meta);
        ext_words_free(ex->words);
        free(ex);
        return NULL;
    }
    return ex;
}

void pith_extractor_free(pith_extractor *ex)
{
    if (!ex)
        return;
    arena_free(ex->page);
    meta_context_free(ex->meta);
    ext_words_free(ex->words);
    free(ex);
}

int pith_extractor_set(pith_extractor *ex, pith_option option, int value)
{
    if (!ex || (unsigned)option >= PITH_OPT__COUNT)
        return PITH_EINVAL;
    const pith_option_info *info = &option_table[option];
    if (value < info->min || value > info->max)
        return PITH_EINVAL;
    ex->options[option] = value;
    return PITH_OK;
}

int pith_extractor_get(const pith_extractor *ex, pith_option option)
{
    if (!ex || (unsigned)option >= PITH_OPT__COUNT)
        return 0;
    return ex->options[option];
}

const char *pith_extractor_error(const pith_extractor *ex) { return ex ? ex->error : ""; }

static int fail(pith_extractor *ex, int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ex->error, sizeof ex->error, fmt, ap);
    va_end(ap);
    return code;
}

/* Per-page arena limit: the DOM of a hostile page is bounded by a multiple
 * of the input cap, so a page cannot take the machine's memory. */
static size_t page_arena_limit(const pith_extractor *ex)
{
    size_t max_input = (size_t)ex->options[PITH_OPT_MAX_INPUT_MB] << 20;
    return max_input * 16 + ((size_t)64 << 20);
}

static int decode_and_parse(pith_extractor *ex, const char *html, size_t len, const char *charset,
                            const char *fragment_context, html_decoded *dec, dom_document *doc)
{
    if (!html && len)
        return fail(ex, PITH_EINVAL, "no input");
    if (len > ((size_t)ex->options[PITH_OPT_MAX_INPUT_MB] << 20))
        return fail(ex, PITH_ELIMIT, "input of %zu bytes exceeds max-input-mb=%d", len,
                    ex->options[PITH_OPT_MAX_INPUT_MB]);
    arena_reset(ex->page);
    arena_set_limit(ex->page, page_arena_limit(ex));
    int rc = html_decode(ex->page, html ? html : "", len, charset, dec);
    if (rc < 0)
        return fail(ex, rc, "decoding failed: %s", pith_strerror(rc));
    html_parse_options po = {
        .scripting = ex->options[PITH_OPT_SCRIPTING] != 0,
        .max_nodes = (uint32_t)ex->options[PITH_OPT_MAX_NODES],
        .max_depth = (uint32_t)ex->options[PITH_OPT_MAX_DEPTH],
    };
    if (fragment_context) {
        dom_ns ns = NS_HTML;
        const char *name = fragment_context;
        if (strncmp(name, "svg ", 4) == 0) {
            ns = NS_SVG;
            name += 4;
        } else if (strncmp(name, "math ", 5) == 0) {
            ns = NS_MATHML;
            name += 5;
        }
        rc = html_parse_fragment(ex->page, dec->utf8, dec->len, ns, slice_make(name, strlen(name)),
                                 &po, doc);
    } else {
        rc = html_parse_document(ex->page, dec->utf8, dec->len, &po, doc);
    }
    if (rc == PITH_ELIMIT)
        return fail(ex, rc, "page exceeds max-nodes=%d or the memory cap",
                    ex->options[PITH_OPT_MAX_NODES]);
    if (rc < 0)
        return fail(ex, rc, "parsing failed: %s", pith_strerror(rc));
    return PITH_OK;
}

int pith_parse_dump(pith_extractor *ex, const char *html, size_t len, const char *fragment_context,
                    pith_sink sink, void *payload)
{
    if (!ex || !sink)
        return PITH_EINVAL;
    html_decoded dec;
    dom_document doc;
    int rc = decode_and_parse(ex, html, len, NULL, fragment_context, &dec, &doc);
    if (rc < 0)
        return rc;
    buf out = BUF_INIT;
    html_dump_test_format(doc.root, &out);
    if (out.failed) {
        buf_dispose(&out);
        return fail(ex, PITH_ENOMEM, "out of memory");
    }
    rc = out.len ? sink(out.data, out.len, payload) : 0;
    buf_dispose(&out);
    return rc ? PITH_EIO : PITH_OK;
}

int pith_extract(pith_extractor *ex, const char *html, size_t len, const char *url,
                 const char *charset, pith_result **out)
{
    if (!ex || !out)
        return PITH_EINVAL;
    *out = NULL;
    ex->error[0] = '\0';
    html_decoded dec;
    dom_document doc;
    int rc = decode_and_parse(ex, html, len, charset, NULL, &dec, &doc);
    if (rc < 0)
        return rc;

    pith_result *r = calloc(1, sizeof *r);
    if (!r || !(r->arena = arena_new(0))) {
        free(r);
        return fail(ex, PITH_ENOMEM, "out of memory");
    }
    r->encoding = dec.encoding;
    r->links = ex->options[PITH_OPT_LINKS] != 0;
    r->images = ex->options[PITH_OPT_IMAGES] != 0;
    slice page_url = url ? slice_make(url, strlen(url)) : SLICE_EMPTY;

    rc = meta_extract(ex->meta, &doc, page_url, r->arena, &r->meta);
    if (rc == 0) {
        ext_options eo = {
            .favor = ex->options[PITH_OPT_FAVOR],
            .comments = ex->options[PITH_OPT_COMMENTS] != 0,
            .tables = ex->options[PITH_OPT_TABLES] != 0,
            .links = r->links,
            .images = r->images,
            .base_url = r->meta.url.ptr ? r->meta.url : page_url,
            .description = r->meta.description,
            .words = ex->words,
        };
        rc = ext_extract(&doc, &eo, r->arena, &r->ext);
    }
    if (rc == 0 && !r->meta.title.ptr && r->ext.title.ptr)
        r->meta.title = r->ext.title;
    /* A product or service page has no publication date: the first date
     * of its text (a review's, an offer's) is no guess to make, and on a
     * product page no date its text shows is the page's. */
    if (rc == 0 && (r->ext.page_type == PAGE_PRODUCT || r->ext.page_type == PAGE_SERVICE))
        meta_forget_guessed_date(&r->meta, r->ext.page_type == PAGE_PRODUCT);
    if (rc == 0)
        meta_describe_from_article(&r->meta, r->ext.tree.root, r->arena);
    if (rc == 0) {
        buf text = BUF_INIT;
        out_text(r->ext.tree.root, &text);
        r->text = arena_slice_dup(r->arena, slice_make(text.data ? text.data : "", text.len));
        rc = text.failed || !r->text.ptr ? PITH_ENOMEM : 0;
        buf_dispose(&text);
    }
    if (rc == 0)
        rc = meta_detect_language(ex->meta, &r->meta, r->text, r->arena);
    if (rc < 0) {
        pith_result_free(r);
        return fail(ex, rc, "extraction failed: %s", pith_strerror(rc));
    }
    *out = r;
    return PITH_OK;
}

void pith_result_free(pith_result *r)
{
    if (!r)
        return;
    arena_free(r->arena);
    free(r);
}

static slice join_list(pith_result *r, const meta_list *l)
{
    if (!l->count)
        return slice_make(NULL, 0);
    buf b = BUF_INIT;
    for (size_t i = 0; i < l->count; i++) {
        if (i)
            buf_puts(&b, "; ");
        buf_append_slice(&b, l->items[i]);
    }
    slice s = b.failed ? slice_make(NULL, 0)
                       : arena_slice_dup(r->arena, slice_make(b.data ? b.data : "", b.len));
    buf_dispose(&b);
    return s;
}

const char *pith_result_field(const pith_result *cr, pith_field field, size_t *len)
{
    pith_result *r = (pith_result *)cr; /* joined lists are cached */
    slice s = slice_make(NULL, 0);
    if (!r)
        return NULL;
    const meta_info *m = &r->meta;
    switch (field) {
    case PITH_FIELD_TITLE: s = m->title; break;
    case PITH_FIELD_TEXT: s = r->text; break;
    case PITH_FIELD_URL: s = m->url; break;
    case PITH_FIELD_DATE_PUBLISHED: s = m->date_published; break;
    case PITH_FIELD_DATE_MODIFIED: s = m->date_modified; break;
    case PITH_FIELD_SITE_NAME: s = m->site_name; break;
    case PITH_FIELD_LANGUAGE: s = m->language; break;
    case PITH_FIELD_DESCRIPTION: s = m->description; break;
    case PITH_FIELD_IMAGE: s = m->image; break;
    case PITH_FIELD_PAGE_TYPE: s = slice_make(ext_page_type_name(r->ext.page_type), 0);
        s.len = strlen(s.ptr);
        break;
    case PITH_FIELD_ENCODING:
        if (r->encoding)
            s = slice_make(r->encoding, strlen(r->encoding));
        break;
    case PITH_FIELD_COMMENTS:
        if (r->ext.comments && !r->joined[field].ptr) {
            buf b = BUF_INIT;
            out_text(r->ext.comments, &b);
            if (!b.failed)
                r->joined[field] = arena_slice_dup(r->arena, slice_make(b.data ? b.data : "", b.len));
            buf_dispose(&b);
        }
        s = r->joined[field];
        break;
    case PITH_FIELD_AUTHORS:
    case PITH_FIELD_TAGS:
    case PITH_FIELD_CATEGORIES:
        if (!r->joined[field].ptr)
            r->joined[field] = join_list(r, field == PITH_FIELD_AUTHORS ? &m->authors
                                            : field == PITH_FIELD_TAGS  ? &m->tags
                                                                        : &m->categories);
        s = r->joined[field];
        break;
    default: return NULL;
    }
    if (!s.ptr)
        return NULL;
    if (len)
        *len = s.len;
    return s.ptr;
}

static int render(const pith_result *r, pith_format format, const char *source, buf *out)
{
    out_record rec = {
        .ext = &r->ext,
        .meta = &r->meta,
        .encoding = r->encoding ? slice_make(r->encoding, strlen(r->encoding)) : SLICE_EMPTY,
        .links = r->links,
        .images = r->images,
        .text = r->text,
    };
    switch (format) {
    case PITH_FORMAT_TEXT: buf_append_slice(out, r->text); break;
    case PITH_FORMAT_MARKDOWN: out_markdown(r->ext.tree.root, r->links, r->images, out); break;
    case PITH_FORMAT_HTML: out_html(r->ext.tree.root, out); break;
    case PITH_FORMAT_JSON: out_json(&rec, source, out); break;
    default: return PITH_EINVAL;
    }
    return out->failed ? PITH_ENOMEM : PITH_OK;
}

int pith_result_render(const pith_result *r, pith_format format, const char *source, pith_sink sink,
                       void *payload)
{
    if (!r || !sink)
        return PITH_EINVAL;
    buf out = BUF_INIT;
    int rc = render(r, format, source, &out);
    if (rc == 0 && out.len && sink(out.data, out.len, payload))
        rc = PITH_EIO;
    buf_dispose(&out);
    return rc;
}

char *pith_result_render_string(const pith_result *r, pith_format format, const char *source,
                                size_t *len)
{
    if (!r)
        return NULL;
    buf out = BUF_INIT;
    if (render(r, format, source, &out) < 0) {
        buf_dispose(&out);
        return NULL;
    }
    return buf_detach(&out, len);
}

void pith_free(void *p) { free(p); }

char *pith_error_record(const char *source, const char *message, size_t *len)
{
    buf out = BUF_INIT;
    out_json_error(source, message ? message : "error", &out);
    return buf_detach(&out, len);
}
