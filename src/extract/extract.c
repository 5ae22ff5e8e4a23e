/* extract.c - the extraction driver: reads the page's title and language,
 * computes the per-node figures, guesses the page type, chooses the
 * content container, takes the headline and the side lists out, prunes,
 * and builds the clean article tree (and the comments when asked).
 *
 * All per-page work lives in a scratch arena freed before returning; the
 * result lives in the caller's `out` arena. */
#include "ext_internal.h"

#include "../core/buf.h"
#include "../html/parse.h"
#include "ext_stopwords.h"
#include "pith.h"

const char *ext_page_type_name(ext_page_type t)
{
    static const char *const names[] = { "article", "forum", "product", "collection",
                                         "listing", "documentation", "service", "other" };
    return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "other";
}

/* <html lang>, <title> and og:title. */
static void read_head(ext_ctx *c)
{
    const dom_node *root = c->page->root;
    for (const dom_node *n = root; n; n = dom_next(root, n)) {
        if (n->type != DOM_ELEMENT)
            continue;
        if (n->tag == TAG_HTML && !c->lang.ptr) {
            c->lang = dom_attr_value(n, "lang");
        } else if (n->tag == TAG_TITLE && !c->doc_title.ptr) {
            if (n->first_child && n->first_child->type == DOM_TEXT)
                c->doc_title = n->first_child->u.text;
        } else if (n->tag == TAG_META) {
            slice p = dom_attr_value(n, "property");
            if (p.len && slice_eq_nocase(p, "og:title") && !c->og_title.ptr)
                c->og_title = dom_attr_value(n, "content");
        } else if (n->tag == TAG_BODY) {
            break;
        }
    }
}

/* Stop-word voting over the first words of the page when <html lang> does
 * not name a listed language. */
static int vote_language(ext_ctx *c)
{
    unsigned hits[EXT_STOP_LANGS] = { 0 };
    unsigned words = 0;
    const dom_node *root = c->page->root;
    char w[64];
    for (const dom_node *n = root; n && words < 3000; n = dom_next(root, n)) {
        if (n->type == DOM_ELEMENT &&
            (n->tag == TAG_SCRIPT || n->tag == TAG_STYLE || n->tag == TAG_HEAD || n->ns != NS_HTML)) {
            n = dom_next_skip(root, n);
            if (!n)
                break;
        }
        if (n->type != DOM_TEXT)
            continue;
        slice t = n->u.text;
        size_t wl = 0;
        for (size_t i = 0; i <= t.len;) {
            unsigned cp = i < t.len ? ext_utf8_next(t.ptr, t.len, &i) : (i++, ' ');
            if (ext_cp_is_word(cp) && !ext_cp_is_cjk(cp)) {
                if (wl + 4 < sizeof w)
                    wl += ext_lower_utf8(cp, w + wl);
                continue;
            }
            if (wl) {
                words++;
                uint32_t m = ext_stopword_langs(w, wl);
                for (int l = 0; m && l < EXT_STOP_LANGS; l++, m >>= 1)
                    hits[l] += m & 1;
            }
            wl = 0;
        }
    }
    int best = -1;
    for (int l = 0; l < EXT_STOP_LANGS; l++)
        if (hits[l] && (best < 0 || hits[l] > hits[best]))
            best = l;
    if (best >= 0 && hits[best] * 100 >= words * 8 && hits[best] >= 10)
        return best;
    return -1;
}

/* The headline: an <h1> (or itemprop=headline) matching <title> or
 * og:title, else an <h1> opening the content. */
static void find_headline(ext_ctx *c)
{
    dom_node *first_h1 = NULL, *match = NULL;
    int h1s = 0;
    for (uint32_t i = 0; i < c->count && !match; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT)
            continue;
        ext_info *in = ext_inf(c, n);
        if (in->flags & EXT_DROP || !in->chars)
            continue;
        slice ip = dom_attr_value(n, "itemprop");
        bool cand = n->tag == TAG_H1 || (ip.len && slice_eq_nocase(ip, "headline") && in->chars < 400);
        if (!cand)
            continue;
        if (n->tag == TAG_H1 && !first_h1)
            first_h1 = n;
        h1s += n->tag == TAG_H1;
        slice t = ext_subtree_text(c, n, 600);
        if ((c->doc_title.len && ext_text_similar(t, c->doc_title)) ||
            (c->og_title.len && ext_text_similar(t, c->og_title)))
            match = n;
    }
    dom_node *h = match ? match : (h1s == 1 ? first_h1 : NULL);
    if (!h)
        return;
    ext_inf(c, h)->flags |= EXT_HEADLINE;
    slice t = ext_subtree_text(c, h, 600);
    c->res->title = arena_slice_dup(c->out, t);
}

static double confidence(const ext_ctx *c)
{
    const ext_info *w = ext_inf(c, c->winner);
    double cover = c->total_good > 0 ? w->good / c->total_good : 0;
    double amount = w->good / 1500.0;
    double ld = w->chars ? (double)w->link / w->chars : 1;
    if (amount > 1)
        amount = 1;
    if (cover > 1)
        cover = 1;
    double conf = 0.4 * cover + 0.35 * amount + 0.25 * (1 - ld);
    return conf < 0 ? 0 : conf > 1 ? 1 : conf;
}

/* The comment section: the comment-marked element holding the most
 * prose. */
static dom_node *find_comments(ext_ctx *c)
{
    dom_node *best = NULL;
    for (uint32_t i = 0; i < c->count; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT)
            continue;
        ext_info *in = ext_inf(c, n);
        /* By prose, not characters: the reply form is named "respond"
         * too but holds only labels. */
        if (!(in->flags & EXT_COMMENTS) || (in->flags & EXT_DROP) || in->raw < 40)
            continue;
        if (!best || in->raw > ext_inf(c, best)->raw)
            best = n;
    }
    return best;
}

/* The chosen container holds little prose compared with the page: the
 * content is probably links (a listing, an index page). */
static bool weak_choice(const ext_ctx *c)
{
    const ext_info *w = ext_inf(c, c->winner), *b = ext_inf(c, c->body);
    if (w->good < 250)
        return true;
    return w->chars * 4 < b->chars && w->good < 1500;
}

static int run(ext_ctx *c)
{
    read_head(c);
    c->lang_id = c->lang.len ? ext_stop_lang_from_tag(c->lang) : -1;
    if (c->lang_id < 0)
        c->lang_id = vote_language(c);
    if (ext_features_compute(c) < 0)
        return PITH_ENOMEM;
    c->type = ext_pagetype_guess(c);
    ext_profile_mark(c);
    ext_profile_forum_mark(c);
    ext_select_winner(c);
    if (weak_choice(c)) {
        c->link_mode = true;
        ext_select_winner(c);
    }
    ext_profile_widen(c);
    find_headline(c);
    ext_prune_winner(c);
    if (ext_lists_collect(c) < 0)
        return PITH_ENOMEM;
    if (ext_build_tree(c, c->winner, &c->res->tree, false) < 0 || ext_profile_fallback(c) < 0)
        return PITH_ENOMEM;
    if (c->opt->comments) {
        dom_node *cm = find_comments(c);
        if (cm) {
            dom_document ct = { .arena = c->out };
            ct.root = dom_new_node(&ct, DOM_FRAGMENT);
            if (!ct.root)
                return PITH_ENOMEM;
            ext_inf(c, cm)->flags &= (uint16_t)~EXT_PRUNED;
            if (ext_build_tree(c, cm, &ct, true) < 0)
                return PITH_ENOMEM;
            c->res->comments = ct.root;
        }
    }
    c->res->page_type = c->type;
    c->res->confidence = confidence(c);
    return 0;
}

/* The raw text of every <noscript> under the body, concatenated. */
static slice noscript_markup(ext_ctx *c)
{
    buf b = BUF_INIT;
    const dom_node *root = c->body;
    for (const dom_node *n = root; n; n = dom_next(root, n))
        if (ext_is_el(n, TAG_NOSCRIPT) && n->first_child && n->first_child->type == DOM_TEXT &&
            n->first_child == n->last_child)
            buf_append_slice(&b, n->first_child->u.text);
    slice s = b.failed || !b.len ? slice_make(NULL, 0) : arena_slice_dup(c->scratch, slice_make(b.data, b.len));
    buf_dispose(&b);
    return s;
}

static int retry_noscript(ext_ctx *c, const dom_document *page, const ext_options *opt, arena *out,
                          ext_result *res)
{
    arena *old = c->scratch;
    ext_result first = *res;
    ext_ctx c2 = { .page = page, .opt = opt, .out = out, .res = res, .lang_id = -1,
                   .keep_noscript = true, .lambda = c->lambda, .words = c->words };
    dom_document parsed;
    slice markup = noscript_markup(c);
    if (markup.len) {
        html_parse_options po = { .scripting = false, .max_nodes = page->node_count * 4 + 1000 };
        if (html_parse_document(old, markup.ptr, markup.len, &po, &parsed) == 0)
            c2.page = &parsed;
    }
    *res = (ext_result){ .tree = { .arena = out }, .page_type = PAGE_OTHER };
    res->tree.root = dom_new_node(&res->tree, DOM_FRAGMENT);
    c2.scratch = arena_new(0);
    if (!res->tree.root || !c2.scratch) {
        arena_free(c2.scratch);
        *res = first;
        return PITH_ENOMEM;
    }
    int rc = run(&c2);
    if (rc < 0 || ext_inf(&c2, c2.winner)->good <= ext_inf(c, c->winner)->good)
        *res = first;
    arena_free(c2.scratch);
    return rc < 0 ? rc : 0;
}

int ext_extract(const dom_document *page, const ext_options *opt, arena *out, ext_result *res)
{
    *res = (ext_result){ .tree = { .arena = out }, .page_type = PAGE_OTHER };
    res->tree.root = dom_new_node(&res->tree, DOM_FRAGMENT);
    if (!res->tree.root)
        return PITH_ENOMEM;
    if (!page || !page->root)
        return 0;
    ext_ctx c = { .page = page, .opt = opt, .out = out, .res = res, .lang_id = -1 };
    c.lambda = 1.0f + 0.5f * (float)opt->favor;
    /* Callers without an extractor's word matchers get them for this call. */
    ext_words *own_words = opt->words ? NULL : ext_words_new();
    c.words = opt->words ? opt->words : own_words;
    c.scratch = arena_new(0);
    if (!c.scratch || !c.words) {
        arena_free(c.scratch);
        ext_words_free(own_words);
        return PITH_ENOMEM;
    }
    int rc = run(&c);
    /* Pages that render their text by script often put it in <noscript>
     * for crawlers (Discourse, Flarum, Blogger themes): when the visible
     * page has next to no text, or its chosen container far less prose
     * than the <noscript> markup holds, extract again from the <noscript>
     * content and keep whichever has more prose.  With the scripting flag
     * on, that content is raw text: parse it as a page. */
    float won = ext_inf(&c, c.winner)->good;
    bool post = c.type == PAGE_ARTICLE || c.type == PAGE_OTHER; /* not cards kept for crawlers */
    if (rc == 0 && c.noscript_chars > 500 &&
        (ext_inf(&c, c.body)->chars < 300 || (post && won < 500 && won * 4 < (float)c.noscript_chars)))
        rc = retry_noscript(&c, page, opt, out, res);
    arena_free(c.scratch);
    ext_words_free(own_words);
    return rc;
}
