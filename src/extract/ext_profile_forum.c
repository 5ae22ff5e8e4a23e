/* ext_profile_forum.c - what a forum thread repeats around every post.
 *
 * A thread page's content is its posts: author name, date and message.
 * Each post also carries furniture that readers skip and annotators drop:
 * the author's panel of figures (join date, post count, reaction score,
 * rank, location), a signature, the "click to expand" link of a quote,
 * share and action bars (reply, quote, report, like).  Repeated over
 * twenty posts these add up to a third of the text, and they are made of
 * short lines that no prose test catches.
 *
 * Forum engines name these parts in their class/id values, mostly as
 * compound words ("message-userExtras", "userinfo_extra",
 * "profile-joined", "shareButtons"); a value is compared with its
 * separators removed, so "user-stats", "user_stats" and "userStats" are
 * one word.  Author panels repeated beside several posts also mark a
 * page typed article as a forum.  On Q&A pages the schema.org Comments
 * under the question and the answers go too.  Only pages typed forum
 * are touched, and never an element holding much text (a wrapper whose
 * name merely contains one of the words). */
#include "ext_internal.h"

/* Author panels repeated this often make a thread of an article page
 * whose type nothing declared (a forum script under a plain URL). */
#define MIN_PANELS 3

/* Share of the body's characters above which a hit is a wrapper. */
#define WRAPPER_SHARE 0.5f
/* Furniture is a few short lines; a hit holding more text carries the
 * posts themselves (themes that nest replies inside the action bar). */
#define MAX_CHARS 600

/* The panel and furniture words are in ext_words.c: compound words
 * found anywhere in a class/id token with '-' and '_' removed. */
static bool is_furniture(const ext_ctx *c, const dom_node *el)
{
    return ext_attr_has_word(c, el, EXT_WORD_PANEL | EXT_WORD_FURNITURE);
}

/* The schema.org type named by an element's itemtype, or "". */
static slice schema_type(const dom_node *el)
{
    slice it = slice_trim(dom_attr_value(el, "itemtype"));
    long at = slice_find_nocase(it, "schema.org/");
    if (at < 0)
        return slice_make(it.ptr, 0);
    return slice_make(it.ptr + at + 11, it.len - (size_t)at - 11);
}

/* A schema.org Comment on a Question or Answer: a Q&A site's remarks
 * under a post ("what version do you run?"), which annotators leave out
 * while keeping the answers. */
static bool qa_comment(const dom_node *el)
{
    if (!slice_eq_nocase(schema_type(el), "Comment"))
        return false;
    for (const dom_node *p = el->parent; p && p->type == DOM_ELEMENT; p = p->parent) {
        slice t = schema_type(p);
        if (slice_eq_nocase(t, "Question") || slice_eq_nocase(t, "Answer"))
            return true;
    }
    return false;
}

/* Outermost author panels, up to MIN_PANELS. */
static int count_panels(ext_ctx *c)
{
    int found = 0;
    const dom_node *root = c->body;
    for (dom_node *n = c->body; n && found < MIN_PANELS;) {
        if (n->type == DOM_ELEMENT && !(ext_inf(c, n)->flags & EXT_DROP) && n != c->body &&
            ext_attr_has_word(c, n, EXT_WORD_PANEL)) {
            found++;
            n = dom_next_skip(root, n);
            continue;
        }
        n = dom_next(root, n);
    }
    return found;
}

/* A small part repeated around posts, or a comment under a Q&A post. */
static bool is_post_furniture(const ext_ctx *c, const dom_node *n, const void *unused)
{
    (void)unused;
    return ext_inf(c, n)->chars <= MAX_CHARS && !ext_is_el(n, TAG_H1) &&
           (is_furniture(c, n) || qa_comment(n));
}

void ext_profile_forum_mark(ext_ctx *c)
{
    if (!c->body)
        return;
    if (c->type == PAGE_ARTICLE && count_panels(c) >= MIN_PANELS)
        c->type = PAGE_FORUM;
    if (c->type != PAGE_FORUM)
        return;
    ext_profile_drop_where(c, WRAPPER_SHARE, is_post_furniture, NULL);
}
