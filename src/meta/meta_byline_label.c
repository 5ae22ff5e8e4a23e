/* meta_byline_label.c - the byline scan's tests of one text: a label
 * standing alone ("Written by", "Autor:") and the line after it, a text
 * ending in a label ("... started by"), a "By Name" line, a Chinese
 * credit line and a dated line near the headline.  They run for every
 * text of the page's main area until a byline is found, so each first
 * asks what is cheapest (length, first byte). */
#include "meta_byline.h"
#include "meta_author.h"

#include "../core/ascii.h"
#include "../core/buf.h"

enum {
    LINE_LOOKBACK = 16,     /* siblings looked at before a byline label */
    LABEL_WRAPPERS = 3,     /* elements that may wrap a lone label */
    CJK_CREDIT_MAX = 60,    /* bytes of a Chinese credit line */
    DATED_LINE_MIN = 12,    /* "1.2.2020 - A B" */
    DATED_LINE_MAX = 80,
    DATED_LINE_WINDOW = 30, /* nodes from the headline to a dated byline */
};

/* Nothing but blank text and blocks before `n` in its parent: "uunf by
 * <a>Name</a>" inside a sentence is no byline. */
bool meta_byline_starts_line(const dom_node *n)
{
    size_t seen = 0;
    for (const dom_node *p = n->prev; p; p = p->prev) {
        if (++seen > LINE_LOOKBACK)
            return false;
        if (p->type == DOM_TEXT && slice_trim(p->u.text).len)
            return false;
        if (p->type == DOM_ELEMENT && !meta_byline_is_block(p) && !dom_is(p, TAG_IMG) && p->ns == NS_HTML)
            return false;
    }
    return true;
}

/* A label such as "Written by" or "By" standing alone (its own element or
 * text node) names the author in what follows: "<p>Written by</p>
 * <p>Jane Doe</p>", "By <a>Jane Doe</a>", "<h5>Autor:</h5> Jane Doe". */
typedef struct listed_word {
    const char *word;
    unsigned char len; /* compared first: the scan asks for every short text */
} listed_word;
#define WORD(w) { w, sizeof w - 1 }
static const listed_word label_words[] = {
    WORD("by"), WORD("written by"), WORD("author"), WORD("authors"), WORD("posted by"), WORD("von"),
    WORD("autor"), WORD("autorin"), WORD("autoren"), WORD("par"), WORD("por"), WORD("di"), WORD("door"),
    WORD("published by"), WORD("started by"), WORD("asked by"), WORD("post by"), WORD("text von"),
    WORD("geschrieben von"), WORD("verfasst von"), WORD("erstellt von"), WORD("eingestellt von"),
    WORD("ein artikel von"), WORD("ein beitrag von"), WORD("artikel von"), WORD("beitrag von"),
    WORD("auteur"), WORD("autore"), WORD("escrito por"), WORD("publicado por"), WORD("scritto da"),
    WORD("reported by"), WORD("\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80"), { NULL, 0 },
};

/* The bytes a text may start with to be a label (the labels' first
 * letters in either case, a separator as in "| By", Cyrillic's 0xD0, and
 * NUL), or to open a "By Name" text (the leads' first letters, see
 * by_text). */
enum { START_LABEL = 1, START_LEAD = 2 };
static const unsigned char text_starts[256] = {
    ['a'] = 3, ['b'] = 3, ['d'] = 3, ['e'] = 1, ['g'] = 1, ['m'] = 2, ['p'] = 3, ['r'] = 1,
    ['s'] = 3, ['t'] = 3, ['v'] = 3, ['w'] = 3,
    ['A'] = 3, ['B'] = 3, ['D'] = 3, ['E'] = 1, ['G'] = 1, ['M'] = 2, ['P'] = 3, ['R'] = 1,
    ['S'] = 3, ['T'] = 3, ['V'] = 3, ['W'] = 3,
    ['|'] = 1, [0xD0] = 1, [0] = 1,
};

/* A text (or an element's only text) that opens with a separator: "| By"
 * starts a line of its own after a category or a date. */
bool meta_byline_separated(const dom_node *n)
{
    if (n->type == DOM_ELEMENT && n->first_child && n->first_child->type == DOM_TEXT)
        n = n->first_child;
    if (n->type != DOM_TEXT)
        return false;
    slice t = slice_trim(n->u.text);
    return t.len && (t.ptr[0] == '|' || slice_starts_with_nocase(t, "\xE2\x80\xA2") ||
                     slice_starts_with_nocase(t, "\xC2\xB7"));
}

bool meta_byline_label_read(const dom_node *n, slice trimmed)
{
    slice t;
    if (n->type == DOM_TEXT) {
        t = trimmed;
    } else if (n->type == DOM_ELEMENT && n->first_child && n->first_child == n->last_child &&
               n->first_child->type == DOM_TEXT) {
        t = n->first_child->u.text;
        /* Without leading white space the first byte is the trimmed
         * text's: no need to trim a text that cannot start a label. */
        if (t.len && !ascii_is_space((unsigned char)t.ptr[0]) &&
            !(text_starts[(unsigned char)t.ptr[0]] & START_LABEL))
            return false;
        t = slice_trim(t);
    } else {
        return false;
    }
    if (t.len > 24 || !t.len)
        return false;
    /* Most texts are cut here: the first letters of the labels, with a
     * separator ("| By") or Cyrillic's 0xD0 first. */
    if (!(text_starts[(unsigned char)t.ptr[0]] & START_LABEL))
        return false;
    for (;;) {
        if (t.len >= 2 && (unsigned char)t.ptr[t.len - 2] == 0xC2 && (unsigned char)t.ptr[t.len - 1] == 0xA0)
            t.len -= 2; /* &nbsp; */
        else
            break;
    }
    t = meta_author_trim_punct(t); /* "| By", "Von:" */
    unsigned first = t.len ? ascii_lower((unsigned char)t.ptr[0]) : 0;
    for (size_t k = 0; label_words[k].word; k++)
        if (label_words[k].len == t.len && (unsigned char)label_words[k].word[0] == first &&
            slice_eq_nocase(t, label_words[k].word))
            return meta_byline_starts_line(n) || meta_byline_separated(n);
    return false;
}

/* A text that ends with "started by"/"posted by" names the author in the
 * next element: "Discussion in 'Forum' started by <a>name</a>". */
static bool ends_with_label(const dom_node *n, slice t)
{
    static const char *const tails[] = { " started by", " posted by", " written by", " asked by", NULL };
    if (n->type != DOM_TEXT)
        return false;
    if (t.len < 8 || ascii_lower((unsigned char)t.ptr[t.len - 1]) != 'y')
        return false; /* every tail ends in "by" */
    for (size_t k = 0; tails[k]; k++) {
        size_t m = strlen(tails[k]);
        if (t.len >= m && slice_eq_nocase(slice_make(t.ptr + t.len - m, m), tails[k]))
            return true;
    }
    return false;
}

/* The element after `n` on its line: blank text, and elements holding
 * nothing (the empty first of two nested links), are passed over. */
const dom_node *meta_byline_next_element(const dom_node *n)
{
    for (const dom_node *s = n->next; s; s = s->next) {
        if (s->type == DOM_ELEMENT && (s->first_child || !dom_is(s, TAG_A)))
            return s;
        if (s->type == DOM_TEXT && slice_trim(s->u.text).len)
            return NULL;
    }
    return NULL;
}

/* True when `n` is all its parent holds (blank text and comments aside). */
static bool alone_in_parent(const dom_node *n)
{
    for (const dom_node *c = n->parent->first_child; c; c = c->next)
        if (c != n && c->type != DOM_COMMENT && !(c->type == DOM_TEXT && !slice_trim(c->u.text).len))
            return false;
    return true;
}

/* The outermost element that wraps a label and nothing else: in
 * "<div><p><strong>By</strong></p></div><div>Jane Doe</div>" the name
 * follows the <div>. */
const dom_node *meta_byline_label_end(const dom_node *n)
{
    for (int up = 0; up < LABEL_WRAPPERS && n->parent && n->parent->type == DOM_ELEMENT &&
                     !dom_is(n->parent, TAG_BODY) && alone_in_parent(n);
         up++)
        n = n->parent;
    return n;
}

/* The text after a label up to the end of its line (a block or <br>),
 * leading breaks skipped: "<h5>Autor:</h5> Jane Doe/dpa",
 * "<b>Von:</b><br>Jane Doe".  Empty when longer than a byline. */
slice meta_byline_line_after(meta_evidence *ev, const dom_node *label)
{
    buf b = BUF_INIT;
    for (const dom_node *c = label->next; c && b.len <= BYLINE_SHORT; c = c->next) {
        if (c->type == DOM_TEXT) {
            buf_append_slice(&b, c->u.text);
        } else if (c->type == DOM_ELEMENT) {
            bool blank = true;
            for (size_t i = 0; i < b.len && blank; i++)
                blank = ascii_is_space((unsigned char)b.data[i]);
            if (meta_byline_is_block(c)) {
                if (!blank || !dom_is(c, TAG_BR))
                    break;
                continue;
            }
            buf_putc(&b, ' ');
            buf_append_slice(&b, meta_node_text_ex(ev->scratch, c, BYLINE_SHORT + 1, true));
        }
    }
    slice out = b.failed || b.len > BYLINE_SHORT ? slice_make(NULL, 0)
                                                 : arena_slice_dup(ev->scratch, slice_make(b.data ? b.data : "", b.len));
    buf_dispose(&b);
    return out;
}

/* A short text starting "By Name" (a byline without markup). */
static bool by_text(const dom_node *n, slice t)
{
    /* Links to the author's archive name the author too ("All articles
     * by Jane Doe"). */
    static const listed_word leads[] = {
        WORD("by "), WORD("written by "), WORD("posted by "), WORD("von "), WORD("par "), WORD("por "),
        WORD("door "), WORD("text: "), WORD("autor: "), WORD("author: "), WORD("all articles by "),
        WORD("all posts by "), WORD("view all posts by "), WORD("more articles by "), WORD("more posts by "),
        WORD("more stories by "), WORD("see all posts by "), WORD("articles by "), WORD("posts by "),
        WORD("text von "), { NULL, 0 },
    };
    if (n->type != DOM_TEXT || !n->parent)
        return false;
    if (t.len < 4 || !(text_starts[(unsigned char)t.ptr[0]] & START_LEAD))
        return false; /* the first letters of the leads */
    unsigned first = ascii_lower((unsigned char)t.ptr[0]);
    for (size_t k = 0; leads[k].word; k++) {
        if ((unsigned char)leads[k].word[0] != first)
            continue; /* every lead starts with a lower-case letter */
        size_t m = leads[k].len;
        if (t.len > m && slice_starts_with_nocase(t, leads[k].word))
            /* The line starts with it: "Monk and Robot by Becky
             * Chambers" is a book's title and author, not a byline; a
             * link "By Manufacturer" of one word is a menu entry. */
            return (ascii_is_upper((unsigned char)t.ptr[m]) || (unsigned char)t.ptr[m] >= 0x80) &&
                   meta_byline_starts_line(n) && !(dom_is(n->parent, TAG_A) && !memchr(t.ptr + m, ' ', t.len - m));
    }
    return false;
}

/* A Chinese credit line, "作者：Name" or "责任编辑：Name" (author, editor in
 * charge), which may follow other text on its line. */
static bool cjk_credit(const dom_node *n, slice t)
{
    static const char *const leads[] = { "\xE4\xBD\x9C\xE8\x80\x85\xEF\xBC\x9A", "\xE8\xB4\xA3\xE4\xBB\xBB\xE7\xBC\x96\xE8\xBE\x91\xEF\xBC\x9A", "\xE8\xAE\xB0\xE8\x80\x85\xEF\xBC\x9A", NULL };
    if (n->type != DOM_TEXT || t.len > CJK_CREDIT_MAX || t.len < 8 || (unsigned char)t.ptr[0] < 0xE4)
        return false;
    for (size_t k = 0; leads[k]; k++)
        if (slice_starts_with_nocase(t, leads[k]))
            return true;
    return false;
}

/* The headline itself ("Von Sprachregeln, Gender-Politik und ...") is
 * no byline. */
static bool in_headline(const meta_evidence *ev, const dom_node *n)
{
    for (int up = 0; n && up < 3; up++, n = n->parent)
        if (n == ev->headline)
            return true;
    return false;
}

/* A short text starting with a digit close to the headline: perhaps
 * "11.12.2019 - Jane Doe" (meta_authors_add_dated decides). */
static bool dated_line(const meta_evidence *ev, const dom_node *n, slice t)
{
    if (n->type != DOM_TEXT || t.len < DATED_LINE_MIN || t.len > DATED_LINE_MAX ||
        !ascii_is_digit((unsigned char)t.ptr[0]) || !ev->headline)
        return false;
    uint32_t h = ev->headline->index;
    return n->index + DATED_LINE_WINDOW >= h && n->index <= h + DATED_LINE_WINDOW;
}

unsigned meta_byline_text_tests(const meta_evidence *ev, const dom_node *n, slice t)
{
    unsigned found = 0;
    if (meta_byline_label(n, t) || ends_with_label(n, t))
        found |= BYLINE_TEXT_LABEL;
    if (cjk_credit(n, t))
        found |= BYLINE_TEXT_CJK;
    if (dated_line(ev, n, t))
        found |= BYLINE_TEXT_DATED;
    if (by_text(n, t) && !in_headline(ev, n))
        found |= BYLINE_TEXT_BY;
    return found;
}
