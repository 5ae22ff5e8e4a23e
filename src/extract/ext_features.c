/* ext_features.c - one pre-order pass that lists the nodes, marks hidden
 * and boilerplate elements and attributes text to its block, then one
 * reverse pass that sums the figures bottom-up into every ancestor.  No
 * recursion: the pre-order array read backwards is a post-order. */
#include "ext_internal.h"

#include "../core/ascii.h"
#include "ext_stopwords.h"

bool ext_tag_is_heading(unsigned tag) { return tag >= TAG_H1 && tag <= TAG_H6; }

bool ext_tag_is_block(unsigned tag)
{
    switch (tag) {
    case TAG_ADDRESS: case TAG_ARTICLE: case TAG_ASIDE: case TAG_BLOCKQUOTE: case TAG_BODY:
    case TAG_CENTER: case TAG_DD: case TAG_DETAILS: case TAG_DIALOG: case TAG_DIR: case TAG_DIV:
    case TAG_DL: case TAG_DT: case TAG_FIELDSET: case TAG_FIGCAPTION: case TAG_FIGURE:
    case TAG_FOOTER: case TAG_FORM: case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4:
    case TAG_H5: case TAG_H6: case TAG_HEADER: case TAG_HGROUP: case TAG_HR: case TAG_LI:
    case TAG_MAIN: case TAG_MENU: case TAG_NAV: case TAG_OL: case TAG_P: case TAG_PRE:
    case TAG_SECTION: case TAG_SUMMARY: case TAG_TABLE: case TAG_TBODY: case TAG_THEAD:
    case TAG_TFOOT: case TAG_TR: case TAG_TD: case TAG_TH: case TAG_CAPTION: case TAG_UL:
    case TAG_LEGEND: case TAG_HTML: case TAG_LISTING: case TAG_XMP: case TAG_SEARCH:
    case TAG_UNKNOWN: /* custom elements mostly wrap components */
        return true;
    default:
        return false;
    }
}

/* One finished word (lower-cased in `word`): counted, and as a stop word
 * of the page's language when it is one. */
static inline void count_word(const ext_ctx *c, ext_info *ti, const char *word, size_t wl)
{
    ti->words++;
    ti->stops += ext_stopword_hit(c->lang_id, word, wl);
}

/* Counts one text node's characters, punctuation, words and stop words. */
static void count_text(ext_ctx *c, slice t, ext_info *ti)
{
    char word[64];
    size_t wl = 0;
    bool in_word = false;
    for (size_t i = 0; i < t.len;) {
        unsigned char b = (unsigned char)t.ptr[i];
        if (b < 0x80) {
            /* ASCII, most of most pages: what the ext_cp_* calls below
             * decide, inline. */
            i++;
            if (!ascii_is_space(b))
                ti->chars++;
            if (b == ',' || b == '.' || b == ';' || b == ':' || b == '!' || b == '?')
                ti->punct++;
            if (ascii_is_alnum(b) || b == '_') {
                if (wl + 4 < sizeof word)
                    word[wl++] = (char)ascii_lower(b);
                in_word = true;
            } else if (in_word) {
                count_word(c, ti, word, wl);
                in_word = false;
                wl = 0;
            }
            continue;
        }
        unsigned cp = ext_utf8_next(t.ptr, t.len, &i);
        bool w = ext_cp_is_word(cp);
        if (!ext_cp_is_space(cp))
            ti->chars += ext_cp_is_cjk(cp) ? 2 : 1;
        if (ext_cp_is_punct(cp))
            ti->punct++;
        if (w && ext_cp_is_cjk(cp)) {
            /* CJK has no spaces: each character is a word of its own. */
            if (in_word) {
                count_word(c, ti, word, wl);
            }
            ti->words++;
            in_word = false;
            wl = 0;
            continue;
        }
        if (w) {
            if (wl + 4 < sizeof word)
                wl += ext_lower_utf8(cp, word + wl);
            in_word = true;
        } else if (in_word) {
            count_word(c, ti, word, wl);
            in_word = false;
            wl = 0;
        }
    }
    if (in_word) {
        count_word(c, ti, word, wl);
    }
}

int ext_features_compute(ext_ctx *c)
{
    const dom_document *d = c->page;
    c->max_index = d->node_count;
    c->info = arena_calloc(c->scratch, d->node_count ? d->node_count : 1, sizeof *c->info);
    c->order = arena_alloc(c->scratch, (d->node_count ? d->node_count : 1) * sizeof *c->order);
    dom_node **blk = arena_calloc(c->scratch, d->node_count ? d->node_count : 1, sizeof *blk);
    if (!c->info || !c->order || !blk)
        return -1;

    /* Pass A: the node list, hidden parts, block flags.  An inline element
     * holding a block (a <span> around paragraphs) is a block itself, so
     * its loose text does not count for an ancestor. */
    uint32_t k = 0;
    dom_node *root = d->root;
    for (dom_node *n = root; n;) {
        if (n->index >= d->node_count) { /* defensive: foreign node */
            n = dom_next_skip(root, n);
            continue;
        }
        ext_info *in = ext_inf(c, n);
        dom_node *p = n->parent;
        ext_info *pi = p && n != root ? ext_inf(c, p) : NULL;
        in->depth = pi ? (uint16_t)(pi->depth < 65535 ? pi->depth + 1 : 65535) : 0;
        if (in->depth > c->max_depth)
            c->max_depth = in->depth;
        c->order[k++] = n;
        if (n->type == DOM_ELEMENT) {
            ext_clean_mark(c, n);
            if (in->flags & EXT_DROP) {
                if (n->tag == TAG_NOSCRIPT)
                    for (const dom_node *x = n; x; x = dom_next(n, x))
                        if (x->type == DOM_TEXT)
                            c->noscript_chars += (uint32_t)x->u.text.len;
                n = dom_next_skip(root, n);
                continue;
            }
            if (n->ns == NS_HTML && ext_tag_is_block(n->tag)) {
                in->flags |= EXT_BLOCK;
                for (ext_info *a = pi; a && !(a->flags & EXT_BLOCK);) {
                    a->flags |= EXT_BLOCK;
                    p = p->parent;
                    a = p && p != root ? ext_inf(c, p) : NULL;
                }
            }
            if (c->body == NULL && n->tag == TAG_BODY)
                c->body = n;
        }
        n = dom_next(root, n);
    }

    /* Pass B: links and text attributed to the nearest block. */
    for (uint32_t i = 0; i < k; i++) {
        dom_node *n = c->order[i];
        ext_info *in = ext_inf(c, n);
        dom_node *p = n->parent;
        ext_info *pi = p && n != root ? ext_inf(c, p) : NULL;
        if (pi)
            in->flags |= pi->flags & EXT_IN_LINK;
        if (n->type == DOM_ELEMENT) {
            if (in->flags & EXT_DROP)
                continue;
            if (n->tag == TAG_A && dom_attr_find(n, "href"))
                in->flags |= EXT_IN_LINK;
            blk[n->index] = (in->flags & EXT_BLOCK) || !pi ? n : blk[p->index];
        } else if (n->type == DOM_TEXT && pi) {
            count_text(c, n->u.text, in);
            if (in->flags & EXT_IN_LINK)
                in->link = in->chars;
            dom_node *b = blk[p->index];
            if (b) {
                ext_info *bi = ext_inf(c, b);
                bi->own_chars += in->chars;
                bi->own_link += in->link;
                bi->own_punct += in->punct;
                bi->own_words += in->words;
                bi->own_stops += in->stops;
            }
        }
    }
    c->count = k;

    /* Reverse pre-order: every node is final when reached. */
    for (uint32_t i = k; i-- > 1;) {
        dom_node *n = c->order[i];
        ext_info *in = ext_inf(c, n);
        if (n->type == DOM_ELEMENT) {
            if (in->flags & EXT_DROP)
                continue;
            if ((in->flags & EXT_BLOCK) && in->own_chars)
                in->blocks++;
            if (n->tag == TAG_A && dom_attr_find(n, "href"))
                in->links++;
        }
        if (!n->parent || n == root)
            continue;
        ext_info *pi = ext_inf(c, n->parent);
        pi->chars += in->chars;
        pi->link += in->link;
        pi->punct += in->punct;
        pi->words += in->words;
        pi->stops += in->stops;
        pi->blocks += in->blocks;
        pi->links += in->links;
    }
    if (!c->body)
        c->body = root;
    return 0;
}
