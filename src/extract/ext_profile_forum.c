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
 * one word.  Only pages typed forum are touched, and never an element
 * holding much text (a wrapper whose name merely contains one of the
 * words). */
#include "ext_internal.h"

#include "../core/ascii.h"

/* Substrings of a class/id token with '-' and '_' removed, lower-cased. */
static const char *const furniture[] = {
    "userextras",   "userstats",    "userinfoextra", "profilejoined", "profileposts",
    "profilerank",  "profilecustomfield", "signature", "expandlink", "sharebuttons",
    "actionbar",    "posttools",    "usertitle",     "userbanner",    "authorfields",
    "postfoot",     "commentlinks", NULL,
};

/* Share of the body's characters above which a hit is a wrapper. */
#define WRAPPER_SHARE 0.5f
/* Furniture is a few short lines; a hit holding more text carries the
 * posts themselves (themes that nest replies inside the action bar). */
#define MAX_CHARS 600

static bool token_hits(const char *w, size_t n)
{
    for (size_t k = 0; furniture[k]; k++) {
        size_t en = strlen(furniture[k]);
        for (size_t i = 0; i + en <= n; i++)
            if (memcmp(w + i, furniture[k], en) == 0)
                return true;
    }
    return false;
}

/* Every white-space separated token of v, lower-cased without '-'/'_'. */
static bool value_hits(slice v)
{
    char w[64];
    size_t n = 0;
    bool over = false;
    for (size_t i = 0; i <= v.len; i++) {
        unsigned ch = i < v.len ? (unsigned char)v.ptr[i] : ' ';
        if (!ascii_is_space(ch)) {
            if (ch == '-' || ch == '_')
                continue;
            if (n < sizeof w)
                w[n++] = (char)ascii_lower(ch);
            else
                over = true;
            continue;
        }
        if (n && !over && token_hits(w, n))
            return true;
        n = 0;
        over = false;
    }
    return false;
}

static bool is_furniture(const dom_node *el)
{
    return value_hits(dom_attr_value(el, "class")) || value_hits(dom_attr_value(el, "id"));
}

void ext_profile_forum_mark(ext_ctx *c)
{
    if (c->type != PAGE_FORUM || !c->body)
        return;
    float wrapper = WRAPPER_SHARE * (float)ext_inf(c, c->body)->chars;
    const dom_node *root = c->body;
    for (dom_node *n = c->body; n;) {
        if (n->type != DOM_ELEMENT) {
            n = dom_next(root, n);
            continue;
        }
        ext_info *in = ext_inf(c, n);
        if (in->flags & EXT_DROP) {
            n = dom_next_skip(root, n);
            continue;
        }
        if (n != c->body && (float)in->chars < wrapper && in->chars <= MAX_CHARS && !ext_is_el(n, TAG_H1) && is_furniture(n)) {
            ext_profile_drop_subtree(c, n);
            n = dom_next_skip(root, n);
            continue;
        }
        n = dom_next(root, n);
    }
}
