/* ext_select.c - choosing the content container.
 *
 * Every text block gets a value: its non-link characters when it reads as
 * prose, a negative weight for link text and for short non-prose lines.
 * A subtree's score is the sum of its blocks' values, except that a subtree
 * marked as boilerplate (ext_clean.c) counts as minus its characters for
 * its ancestors.  The winner is the element with the highest score: the
 * smallest subtree that holds the prose and leaves out the navigation,
 * which is the maximum-subtree form of "text density" and merges sibling
 * parts split by ads or share bars for free.
 *
 * A boilerplate mark on an element holding most of the page's prose is
 * ignored ("protected"): class="has-sidebar" on the page wrapper. */
#include "ext_internal.h"

/* Thresholds, in characters. */
enum {
    PROSE_MIN_CHARS = 80,  /* a block this long without links is prose */
    SHORT_BLOCK = 30,      /* below this, a block is a label, date or button */
};

static bool is_prose(const ext_ctx *c, const ext_info *b)
{
    uint32_t nl = b->own_chars - (b->own_link < b->own_chars ? b->own_link : b->own_chars);
    if (b->own_link * 2 > b->own_chars)
        return false;
    if (nl >= PROSE_MIN_CHARS * 2)
        return true;
    if (nl < SHORT_BLOCK)
        return false;
    /* Mid-length: sentences have punctuation and function words. */
    bool stops = b->own_words >= 6 && b->own_stops * 100 >= b->own_words * (c->lang_id >= 0 ? 20u : 12u);
    return b->own_punct >= 1 && (stops || nl >= PROSE_MIN_CHARS);
}

static float block_value(const ext_ctx *c, const dom_node *n, ext_info *b)
{
    if (!b->own_chars)
        return 0;
    float link = (float)b->own_link, nl = (float)b->own_chars - link;
    if (is_prose(c, b)) {
        b->flags |= EXT_PROSE;
        return nl - (c->link_mode ? -0.5f : c->lambda) * link;
    }
    if (c->link_mode) /* listings: the cards' links are the content */
        return 0.6f * nl + 0.5f * link;
    if (ext_tag_is_heading(n->tag))
        return -0.1f * nl - c->lambda * link;
    if (b->own_chars < SHORT_BLOCK)
        return -0.3f * nl - c->lambda * link;
    /* Longer but not prose (lists of names, specs, captions): mildly positive. */
    return 0.6f * nl - c->lambda * link;
}

void ext_select_winner(ext_ctx *c)
{
    for (uint32_t i = 0; i < c->count; i++) {
        ext_info *in = ext_inf(c, c->order[i]);
        in->val = in->raw = in->good = in->score = 0;
        in->flags &= (uint16_t)~(EXT_PROSE | EXT_UNDER_BOILER | EXT_PROTECTED);
    }
    /* Pass 1: block values and raw prose per subtree. */
    for (uint32_t i = c->count; i-- > 0;) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT)
            continue;
        ext_info *in = ext_inf(c, n);
        if (in->flags & EXT_DROP)
            continue;
        if (in->flags & EXT_BLOCK)
            in->val = block_value(c, n, in);
        if (in->flags & EXT_PROSE)
            in->raw += in->val > 0 ? in->val : 0;
        if (n->parent && n != c->page->root)
            ext_inf(c, n->parent)->raw += in->raw;
    }
    ext_info *bi = ext_inf(c, c->body);
    float total = bi->raw > 1 ? bi->raw : 1;
    c->total_good = total;

    /* Pass 2: scores with boilerplate marks, protected when a marked
     * element holds most of the prose. */
    for (uint32_t i = c->count; i-- > 0;) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT)
            continue;
        ext_info *in = ext_inf(c, n);
        if (in->flags & EXT_DROP)
            continue;
        in->score += in->val;
        if (in->flags & EXT_PROSE)
            in->good += in->val > 0 ? in->val : 0;
        if (!n->parent || n == c->page->root)
            continue;
        ext_info *pi = ext_inf(c, n->parent);
        if (ext_marked_boiler(c, in)) {
            /* A class word is a weak hint against a subtree that is
             * mostly prose with few links. */
            bool prose_heavy = !(in->flags & (EXT_STRUCT_BOILER | EXT_COMMENTS)) &&
                               in->raw >= 0.25f * total && in->link * 4 < in->chars;
            /* nav/aside/footer/header tags yield only when they hold
             * nearly all the prose; class words when they hold most. */
            float share = (in->flags & EXT_STRUCT_BOILER) ? 0.85f : 0.6f;
            if (in->raw >= share * total || prose_heavy) {
                in->flags |= EXT_PROTECTED;
            } else {
                pi->score -= c->lambda * (float)in->chars * 0.5f;
                continue;
            }
        }
        pi->score += in->score;
        pi->good += in->good;
    }

    /* Pass 3 (pre-order): eligibility and the best score. */
    dom_node *best = NULL;
    float best_score = 0;
    for (uint32_t i = 0; i < c->count; i++) {
        dom_node *n = c->order[i];
        if (n->type != DOM_ELEMENT)
            continue;
        ext_info *in = ext_inf(c, n);
        if (in->flags & EXT_DROP)
            continue;
        if (n->parent && n != c->page->root) {
            ext_info *pi = ext_inf(c, n->parent);
            if ((pi->flags & EXT_UNDER_BOILER) ||
                (ext_marked_boiler(c, pi) && !(pi->flags & EXT_PROTECTED)))
                in->flags |= EXT_UNDER_BOILER;
        }
        if (in->flags & EXT_UNDER_BOILER)
            continue;
        if (ext_marked_boiler(c, in) && !(in->flags & EXT_PROTECTED))
            continue;
        float s = in->score;
        /* <article>, <main>, itemprop=articleBody, "entry-content": a
         * small head start, which decides between short candidates. */
        if (in->flags & EXT_POSITIVE)
            s = s * 1.05f;
        if (!best || s >= best_score) {
            best = n;
            best_score = s;
        }
    }
    if (!best || best_score <= 0)
        best = c->body;
    c->winner = best;
}
