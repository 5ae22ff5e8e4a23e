/* ext_lead.c - the article's lead (standfirst, "chapo", dek): the one or
 * two sentences between the headline and the body.  News templates put it
 * in the <header> beside the headline, outside the container that wins
 * for the body or inside a <header> pruned as boilerplate, so it would be
 * lost.  A lead is taken only from the few blocks between the headline
 * and the body's first kept paragraph, and only when it reads as a
 * sentence (not a byline, a date, a link or the title again). */
#include "ext_internal.h"

enum {
    LEAD_MIN_CHARS = 60,   /* shorter: a byline, date or kicker */
    LEAD_MAX_CHARS = 800,  /* both leads together */
    LEAD_MAX_STEPS = 1500, /* nodes walked from the headline to the body */
};

static bool is_ancestor(const ext_ctx *c, const dom_node *a, const dom_node *n)
{
    uint16_t da = ext_inf(c, a)->depth;
    for (const dom_node *x = n; x; x = x->parent) {
        if (x == a)
            return true;
        if (ext_inf(c, x)->depth <= da)
            return false;
    }
    return false;
}

/* Header tags mark the lead's own box; other boilerplate marks (nav,
 * aside, share, meta...) and figures rule a subtree out. */
static bool excluded(const ext_ctx *c, const dom_node *x, const ext_info *in)
{
    if (in->flags & (EXT_DROP | EXT_LISTED | EXT_COMMENTS | EXT_HEADLINE))
        return true;
    if ((in->flags & EXT_PRUNED) && x->tag != TAG_HEADER)
        return true;
    if (x->tag == TAG_FIGURE || x->tag == TAG_FIGCAPTION || x->tag == TAG_NAV ||
        x->tag == TAG_ASIDE || x->tag == TAG_FOOTER || x->tag == TAG_FORM)
        return true;
    (void)c;
    return (in->flags & EXT_BOILER) && x->tag != TAG_HEADER;
}

static bool reads_as_lead(ext_ctx *c, const dom_node *x, const ext_info *in)
{
    if (!(in->flags & EXT_BLOCK) || in->chars != in->own_chars || in->chars < LEAD_MIN_CHARS)
        return false;
    if (x->tag == TAG_LI || x->tag == TAG_TD || x->tag == TAG_TH || x->tag == TAG_DT ||
        x->tag == TAG_DD || x->tag == TAG_H1)
        return false;
    if (in->own_link * 5 > in->own_chars)
        return false;
    if (!(in->flags & EXT_PROSE) && !(in->own_punct >= 1 && in->own_words >= 8))
        return false;
    /* The headline repeated (a second title element) is no lead. */
    slice t = ext_subtree_text(c, x, 600);
    return !(c->doc_title.len && ext_text_similar(t, c->doc_title)) &&
           !(c->og_title.len && ext_text_similar(t, c->og_title)) && !ext_line_is_furniture(c, x, true);
}

/* Inside the winner, is the node under an element pruned away? */
static bool suppressed(const ext_ctx *c, const dom_node *x, const dom_node *w)
{
    for (const dom_node *a = x; a && a != w; a = a->parent)
        if (ext_inf(c, a)->flags & EXT_PRUNED)
            return true;
    return false;
}

void ext_lead_find(ext_ctx *c)
{
    c->leads = 0;
    dom_node *w = c->winner, *h = NULL;
    if (!w || c->type == PAGE_FORUM || c->link_mode)
        return;
    for (uint32_t i = 0; i < c->count && !h; i++)
        if (c->order[i]->type == DOM_ELEMENT && (ext_inf(c, c->order[i])->flags & EXT_HEADLINE))
            h = c->order[i];
    if (!h || ext_inf(c, h)->depth == 0)
        return;
    /* From the headline to the body: the winner, or when the headline is
     * inside it (in a <header> pruned as boilerplate), its first kept
     * paragraph.  Only text that would not be output anyway is a lead. */
    bool inside = is_ancestor(c, w, h);
    const dom_node *root = c->page->root;
    uint32_t chars = 0, steps = 0;
    dom_node *x = dom_next_skip(root, h);
    for (; x && x != w; steps++) {
        if (steps > LEAD_MAX_STEPS) {
            c->leads = 0;
            return;
        }
        if (x->type != DOM_ELEMENT) {
            x = dom_next(root, x);
            continue;
        }
        ext_info *in = ext_inf(c, x);
        bool holds_winner = !inside && is_ancestor(c, x, w);
        bool hidden = inside && suppressed(c, x, w);
        if (inside && !hidden && (in->flags & EXT_PROSE))
            break; /* the body starts */
        if (inside && !is_ancestor(c, w, x))
            break; /* left the winner */
        if (!holds_winner && excluded(c, x, in)) {
            x = dom_next_skip(root, x);
            continue;
        }
        if (!holds_winner && (!inside || hidden) && reads_as_lead(c, x, in)) {
            if (chars + in->chars > LEAD_MAX_CHARS || c->leads == EXT_MAX_LEADS) {
                c->leads = 0; /* more text than a lead: a teaser box or a section */
                return;
            }
            c->lead[c->leads++] = x;
            chars += in->chars;
            x = dom_next_skip(root, x);
            continue;
        }
        x = dom_next(root, x);
    }
    if (!x)
        c->leads = 0; /* the winner came first: nothing lies between */
}
