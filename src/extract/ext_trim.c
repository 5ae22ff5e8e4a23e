/* ext_trim.c - short lines inside the chosen container that read as page
 * furniture rather than the article: image captions and photo credits,
 * copyright lines, "Advertisement" labels, reading-time and date lines,
 * and calls to subscribe, follow, register or donate.  Structure finds the
 * captions (figcaption, caption/credit class words); the other kinds are
 * short blocks recognised by their opening words or by a few phrases
 * (ext_trim_lines.c).  Runs after ext_prune.c.
 *
 * Every rule is limited to short leaf blocks, so a paragraph that merely
 * mentions a newsletter stays; galleries, whose captions are the content,
 * keep their captions. */
#include "ext_internal.h"

enum {
    CAPTION_MAX_CHARS = 500, /* a caption-class element larger than this is a wrapper */
    CAPTION_WRAPPER_EXTRA = 60, /* text beside a caption in its figure (a credit) */
};

/* Captions hold at most this share of the container's text; above it the
 * page is a gallery or slideshow and the captions are its content. */
#define CAPTION_SHARE_MAX 0.4f

static bool is_leaf_block(const ext_info *in)
{
    return (in->flags & EXT_BLOCK) && in->chars && in->chars == in->own_chars;
}

static bool skip_flags(const ext_info *in)
{
    return in->flags & (EXT_DROP | EXT_PRUNED | EXT_HEADLINE | EXT_LISTED);
}

/* An element with an image in it: a figure wrapper.  Looks at a bounded
 * number of nodes (figures are small; hostile pages nest deep). */
static bool holds_media(const dom_node *a)
{
    int budget = 64;
    for (const dom_node *x = a; x && budget-- > 0; x = dom_next(a, x))
        if (x->type == DOM_ELEMENT && (x->tag == TAG_IMG || x->tag == TAG_PICTURE ||
                                       x->tag == TAG_VIDEO || x->tag == TAG_FIGURE))
            return true;
    return false;
}

/* figcaption, or a caption/credit class next to an image: within a few
 * levels up sits an element holding an image and little text besides the
 * caption (a card with a title is not a figure).  Class words alone
 * are not enough ("caption" also names a small type style). */
static bool is_caption(ext_ctx *c, const dom_node *n, const ext_info *in)
{
    if (n->tag == TAG_FIGCAPTION)
        return true;
    if (in->chars > CAPTION_MAX_CHARS || !ext_attr_has_word(c, n, EXT_WORD_CAPTION))
        return false;
    const dom_node *a = n->parent;
    for (int up = 0; a && a != c->winner && up < 3; up++, a = a->parent) {
        if (ext_inf(c, a)->chars > in->chars + CAPTION_WRAPPER_EXTRA)
            return false;
        if (holds_media(a))
            return true;
    }
    return false;
}

/* Captions under figures and caption-class elements, unless they are
 * the gallery's text. */
static void trim_captions(ext_ctx *c, dom_node *w)
{
    uint32_t caption_chars = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (dom_node *n = w->first_child; n;) {
            ext_info *in = ext_inf(c, n);
            if (n->type != DOM_ELEMENT || skip_flags(in)) {
                n = n->type == DOM_ELEMENT ? dom_next_skip(w, n) : dom_next(w, n);
                continue;
            }
            if (is_caption(c, n, in)) {
                if (pass)
                    in->flags |= EXT_PRUNED;
                else
                    caption_chars += in->chars;
                n = dom_next_skip(w, n);
                continue;
            }
            n = dom_next(w, n);
        }
        if (!caption_chars || (float)caption_chars > CAPTION_SHARE_MAX * (float)ext_inf(c, w)->chars)
            return;
    }
}

/* Does the article itself speak of subscriptions or donations: a
 * paragraph names the topic without being a call? */
static bool topic_is_calls(ext_ctx *c, dom_node *w)
{
    for (dom_node *n = w->first_child; n;) {
        ext_info *in = ext_inf(c, n);
        if (n->type != DOM_ELEMENT || skip_flags(in)) {
            n = n->type == DOM_ELEMENT ? dom_next_skip(w, n) : dom_next(w, n);
            continue;
        }
        if ((in->flags & EXT_PROSE) && ext_line_names_calls(c, n))
            return true;
        n = dom_next(w, n);
    }
    return false;
}

void ext_trim_winner(ext_ctx *c)
{
    dom_node *w = c->winner;
    if (!w || w->type != DOM_ELEMENT)
        return;
    trim_captions(c, w);
    bool calls = !topic_is_calls(c, w);
    float wchars = (float)ext_inf(c, w)->chars;
    for (dom_node *n = w->first_child; n;) {
        ext_info *in = ext_inf(c, n);
        if (n->type != DOM_ELEMENT || skip_flags(in)) {
            n = n->type == DOM_ELEMENT ? dom_next_skip(w, n) : dom_next(w, n);
            continue;
        }
        if (is_leaf_block(in) && (float)in->chars < 0.5f * wchars && ext_line_is_furniture(c, n, calls)) {
            in->flags |= EXT_PRUNED;
            n = dom_next_skip(w, n);
            continue;
        }
        n = dom_next(w, n);
    }
}
