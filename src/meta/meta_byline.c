/* meta_byline.c - names shown on the page and the article's tag links.
 * Authors: itemprop="author" microdata, rel="author" links, elements
 * classed "author"/"byline", a "By"/"Written by" label and the element
 * after it, and short texts that start with "By Name".  The first such
 * byline in document order is taken (with the names next to it), into
 * ev->byline_authors; meta_author_choose.c weighs it against the
 * structured fields.  Tags: rel="tag", a "tags" block, /tag/ URLs.
 * Zones such as side lists and comments are skipped (meta_zones.c), so a
 * commenter or a teaser's author is never taken. */
#include "meta_byline.h"
#include "meta_author.h"

#include "../core/ascii.h"
#include "../core/buf.h"
#include "../html/parse.h"

enum {
    BYLINE_SHORT = 120,     /* a "By Name" text is a short line */
    TAG_TEXT_MAX = 60,
    LINE_LOOKBACK = 16,     /* siblings looked at before a byline label */
    LABEL_WRAPPERS = 3,     /* elements that may wrap a lone label */
    INNER_LINKS_MAX = 40,
    CJK_CREDIT_MAX = 60,    /* bytes of a Chinese credit line */
    DATED_LINE_MIN = 12,    /* "1.2.2020 - A B" */
    DATED_LINE_MAX = 80,
    DATED_LINE_WINDOW = 30, /* nodes from the headline to a dated byline */
    CO_AUTHORS_MAX = 4,     /* names joined to the one after a label */   /* nodes searched for the first link of an element */
    NOSCRIPT_MAX = 1 << 20, /* <noscript> markup read for bylines */
    AVATAR_TRIES = 16,      /* avatars per page whose caption is looked for */
};

/* Path segments of a tag archive ("/tag/", "/themen/"...), after a '/'. */
static const char *const tag_paths[] = { "tag/", "tags/", "topic/", "topics/", "schlagwort/",
                                         "stichwort/", "thema/", "themen/", "etiqueta/",
                                         "tema/", "temas/", NULL };

/* A link to a tag archive: one of tag_paths right after a '/' anywhere in
 * the URL.  One pass over the '/'s instead of a search per path, since
 * every link of the page is asked. */
static bool tag_href(slice href)
{
    const char *p = href.ptr, *end = href.ptr + href.len;
    while (p && p < end) {
        const char *slash = memchr(p, '/', (size_t)(end - p));
        if (!slash)
            return false;
        slice rest = slice_make(slash + 1, (size_t)(end - slash - 1));
        unsigned c = rest.len ? ascii_lower((unsigned char)rest.ptr[0]) : 0;
        if (c == 't' || c == 's' || c == 'e')
            for (size_t k = 0; tag_paths[k]; k++)
                if ((unsigned char)tag_paths[k][0] == c && slice_starts_with_nocase(rest, tag_paths[k]))
                    return true;
        p = slash + 1;
    }
    return false;
}

static bool has_rel(slice r, const char *rel)
{
    if (!r.ptr)
        return false;
    size_t n = strlen(rel);
    for (size_t i = 0; i + n <= r.len; i++)
        if ((i == 0 || ascii_is_space((unsigned char)r.ptr[i - 1])) &&
            slice_starts_with_nocase(slice_make(r.ptr + i, r.len - i), rel) &&
            (i + n == r.len || ascii_is_space((unsigned char)r.ptr[i + n])))
            return true;
    return false;
}

static void offer_tag(meta_evidence *ev, const dom_node *a)
{
    /* Tags from a better source (<meta>, JSON-LD) are kept: then the
     * link's text is not needed. */
    if (RANK_NEAR_HEADLINE > ev->tags.rank)
        return;
    slice text = meta_node_text(ev->scratch, a, TAG_TEXT_MAX + 1);
    if (!text.len || text.len > TAG_TEXT_MAX)
        return;
    bool accept;
    meta_items_begin(&ev->tags, RANK_NEAR_HEADLINE, &accept);
    if (accept)
        meta_items_add(&ev->tags, arena_slice_dup(ev->out, text));
}

/* Nothing but blank text and blocks before `n` in its parent: "uunf by
 * <a>Name</a>" inside a sentence is no byline. */
static bool starts_line(const dom_node *n)
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
static bool separated(const dom_node *n)
{
    if (n->type == DOM_ELEMENT && n->first_child && n->first_child->type == DOM_TEXT)
        n = n->first_child;
    if (n->type != DOM_TEXT)
        return false;
    slice t = slice_trim(n->u.text);
    return t.len && (t.ptr[0] == '|' || slice_starts_with_nocase(t, "\xE2\x80\xA2") ||
                     slice_starts_with_nocase(t, "\xC2\xB7"));
}

static bool is_byline_label(const dom_node *n, slice trimmed)
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
            return starts_line(n) || separated(n);
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
static const dom_node *next_element(const dom_node *n)
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
static const dom_node *label_end(const dom_node *n)
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
static slice line_after(meta_evidence *ev, const dom_node *label)
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
                   starts_line(n) && !(dom_is(n->parent, TAG_A) && !memchr(t.ptr + m, ' ', t.len - m));
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

/* Two byline elements of one group: siblings or cousins ("By <a>A</a>
 * and <a>B</a>", one <span itemprop=author> per name). */
static bool only_child_element(const dom_node *parent, const dom_node *child)
{
    for (const dom_node *c = parent->first_child; c; c = c->next)
        if (c != child && c->type == DOM_ELEMENT)
            return false;
    return true;
}

static bool same_group(const dom_node *a, const dom_node *b)
{
    const dom_node *pa = a->parent, *pb = b->parent;
    if (!pa || !pb)
        return false;
    if (pa == pb)
        return true;
    /* Cousins when each parent only wraps its name; a forum post that
     * also holds the message is no part of a byline. */
    return pa->parent && pa->parent == pb->parent && only_child_element(pa, a) && only_child_element(pb, b);
}

/* twitter:labelN "Written by" with twitter:dataN naming the author (a
 * convention of publishing plugins) among the next few <meta>s. */
static void twitter_label(meta_evidence *ev, const dom_node *m)
{
    static const char *const written[] = { "written by", "author", "autor", "geschrieben von",
                                           "écrit par", "escrito por", "scritto da", NULL };
    slice name = slice_trim(dom_attr_value(m, "name"));
    if (name.len != 14 || !slice_starts_with_nocase(name, "twitter:label"))
        return;
    slice label = slice_trim(dom_attr_value(m, "content"));
    bool match = false;
    for (size_t k = 0; written[k] && !match; k++)
        match = slice_eq_nocase(label, written[k]);
    if (!match)
        return;
    size_t seen = 0;
    for (const dom_node *d = m->next; d && seen < 8; d = d->next) {
        if (d->type != DOM_ELEMENT)
            continue;
        seen++;
        slice dn = slice_trim(dom_attr_value(d, "name"));
        if (dom_is(d, TAG_META) && dn.len == 13 && slice_starts_with_nocase(dn, "twitter:data") &&
            dn.ptr[12] == name.ptr[13]) {
            bool accept;
            meta_items_begin(&ev->authors, RANK_TWITTER, &accept);
            if (accept)
                meta_authors_add_names(&ev->authors, ev->out, dom_attr_value(d, "content"));
            return;
        }
    }
}

/* An avatar: an <img> marked as one (class or file name: "avatar",
 * "author", "rounded-full"...) whose alt is a person's full name that the
 * text next to it repeats ("<img alt='Jane Doe'><b>Jane Doe</b>"), the
 * author box of a page without byline markup. */
static bool avatar_name(meta_evidence *ev, const dom_node *img, meta_items *l, size_t *tries)
{
    static const char *const avatar_words[] = { "avatar", "author", "profile", "gravatar", "headshot",
                                                "portrait", "rounded-full", "circle", NULL };
    /* A full name has a space, which meta_clean_text leaves only where
     * the alt has white space, a no-break space (0xC2 0xA0) or a character
     * reference: without one of them there is no name.  Asked first, as
     * most pictures have no such alt and the class and file-name tests
     * cost more. */
    slice raw_alt = dom_attr_value(img, "alt");
    bool may_space = false;
    for (size_t i = 0; i < raw_alt.len && !may_space; i++) {
        unsigned c = (unsigned char)raw_alt.ptr[i];
        may_space = ascii_is_space(c) || c == '\v' || c == 0xC2 || c == '&';
    }
    if (!may_space)
        return false;
    bool looks = meta_class_has(img, avatar_words) || (img->parent && meta_class_has(img->parent, avatar_words));
    slice src = dom_attr_value(img, "src");
    for (size_t k = 0; !looks && src.ptr && k < 5; k++)
        looks = slice_find_nocase(src, avatar_words[k]) >= 0;
    if (!looks)
        return false;
    slice alt = meta_clean_text(ev->scratch, raw_alt);
    bool spaced = false;
    for (size_t i = 0; i < alt.len; i++)
        spaced |= alt.ptr[i] == ' ';
    if (!spaced || !meta_author_plausible(alt, false))
        return false;
    ++*tries;
    const dom_node *p = img->parent;
    for (int up = 0; p && up < 3; up++, p = p->parent) {
        /* The caption comes right after the picture: its first lines. */
        slice text = meta_byline_text(ev->scratch, p, BYLINE_TEXT_MAX);
        if (meta_text_contains(text, alt))
            return meta_authors_add_byline(l, ev->out, alt) > 0;
    }
    return false;
}

typedef struct meta_byline_scan {
    meta_items micro;       /* itemprop="author" */
    const dom_node *micro_el;
    meta_items near;        /* the first byline of another kind */
    const dom_node *near_el;
    bool near_done;         /* the first byline was taken */
    meta_items avatar;      /* the first avatar named by the text beside it */
    size_t avatar_tries;    /* avatars whose caption was looked for */
    meta_items sign;        /* a signature ending the text (the last resort) */
} byline_scan;

static void take_near(meta_evidence *ev, byline_scan *s, const dom_node *el, const dom_node *from)
{
    if (s->near_done && !(s->near_el && same_group(s->near_el, el)))
        return;
    if (meta_byline_names(ev, &s->near, from, false) && !s->near_done) {
        s->near_done = true;
        s->near_el = el;
    }
}

/* True when the first link inside `el` is one to a tag or category
 * (rel="tag"): names are never tags. */
static bool holds_tag_links(const dom_node *el)
{
    size_t seen = 0;
    for (const dom_node *c = el; c && seen++ < INNER_LINKS_MAX; c = dom_next(el, c))
        if (dom_is(c, TAG_A))
            return has_rel(dom_attr_value(c, "rel"), "tag");
    return false;
}

/* A text that joins two names: "and", "und", "&", ",". */
static bool joins_names(slice t)
{
    static const char *const joins[] = { "and", "und", "&", ",", "et", "y", "e", "en", NULL };
    for (size_t k = 0; joins[k]; k++)
        if (slice_eq_nocase(t, joins[k]))
            return true;
    return false;
}

/* The names on the rest of the line after `end`. */
static bool take_line(meta_evidence *ev, byline_scan *s, const dom_node *end)
{
    slice line = line_after(ev, end);
    if (!line.len || !meta_authors_add_byline(&s->near, ev->out, line))
        return false;
    s->near_done = true;
    s->near_el = end;
    return true;
}

/* The names after a byline label: the next element, else the rest of the
 * label's line. */
static void take_label(meta_evidence *ev, byline_scan *s, const dom_node *label)
{
    const dom_node *end = label_end(label);
    if (end != label && !starts_line(end) && !meta_byline_is_block(end) && !separated(label))
        return; /* "ORDER <span>BY</span> <span>period</span>" in code */
    const dom_node *name = next_element(end);
    if (name && holds_tag_links(name))
        name = next_element(name); /* "By" above the category links */
    if (name)
        take_near(ev, s, name, name);
    if (!s->near_done) {
        take_line(ev, s, end);
        return;
    }
    /* "Von <a>A</a> und <a>B</a>": the names joined to the first. */
    for (int k = 0; name && k < CO_AUTHORS_MAX; k++) {
        const dom_node *joiner = name->next;
        if (!joiner || joiner->type != DOM_TEXT || !joins_names(slice_trim(joiner->u.text)) ||
            !(name = joiner->next) || name->type != DOM_ELEMENT)
            break;
        take_near(ev, s, name, name);
    }
}

/* The tests of a text node, until a byline is taken. */
static void step_text(meta_evidence *ev, byline_scan *s, const dom_node *n, slice trimmed)
{
    if (is_byline_label(n, trimmed) || ends_with_label(n, trimmed))
        take_label(ev, s, n);
    if (!s->near_done && cjk_credit(n, trimmed) && meta_authors_add_byline(&s->near, ev->out, trimmed)) {
        s->near_done = true;
        s->near_el = n;
    }
    if (!s->near_done && dated_line(ev, n, trimmed) &&
        meta_authors_add_dated(&s->near, ev->out, trimmed, ev->order)) {
        s->near_done = true;
        s->near_el = n;
    }
    if (!s->near_done && by_text(n, trimmed) && !in_headline(ev, n)) {
        const dom_node *p = n->parent;
        slice t = meta_byline_text(ev->scratch, p, BYLINE_SHORT + 1);
        if (t.len <= BYLINE_SHORT)
            take_near(ev, s, p, p);
    }
}

/* One node of a walk for bylines; `page_tree`: the page itself (its zone
 * map applies and tag links count), else the re-parsed <noscript>
 * markup; `trimmed`: a text node's trimmed text; `at`: an element's
 * attributes.  True when the walk should pass over the node's subtree. */
static bool step(meta_evidence *ev, byline_scan *s, const dom_node *n, slice trimmed,
                 const meta_node_attrs *at, bool page_tree)
{
    if (n->type == DOM_TEXT) {
        if (!s->near_done)
            step_text(ev, s, n, trimmed);
        return false;
    }
    if (n->type != DOM_ELEMENT)
        return false;
    if (!s->near_done && is_byline_label(n, trimmed))
        take_label(ev, s, n);
    /* <noscript> holds the page as served without scripts (parsed
     * as elements when scripting is off): no zone for bylines. */
    bool skip = page_tree ? meta_zone_skip(ev, n) : meta_zone_excluded(n, ev);
    if (skip && !dom_is(n, TAG_NOSCRIPT))
        return true;
    if (page_tree && dom_is(n, TAG_META))
        twitter_label(ev, n);
    if (dom_is(n, TAG_P) && !s->sign.count && !s->near_done && ev->headline &&
        n->index > ev->headline->index)
        meta_byline_signature(ev, n, &s->sign);
    if (dom_is(n, TAG_IMG) && !s->avatar.count && !s->near_done && s->avatar_tries < AVATAR_TRIES)
        avatar_name(ev, n, &s->avatar, &s->avatar_tries);
    slice prop = at->itemprop;
    if (prop.ptr && slice_eq_nocase(prop, "author") && !dom_is(n, TAG_META) && !dom_is(n, TAG_LINK)) {
        if (!s->micro_el || same_group(s->micro_el, n)) {
            if (meta_byline_names(ev, &s->micro, n, true) && !s->micro_el)
                s->micro_el = n;
        }
        return true;
    }
    bool descend = false;
    if (!s->near_done && meta_byline_words(at->cls, at->id)) {
        if (meta_byline_inner(n)) {
            descend = true; /* the inner element names the author */
        } else {
            take_near(ev, s, n, n);
            if (s->near_done)
                return true;
        }
    }
    if (dom_is(n, TAG_A)) {
        if (has_rel(at->rel, "author"))
            take_near(ev, s, n, n);
        /* Tags count on the page itself only. */
        if (page_tree && (has_rel(at->rel, "tag") || (at->href.ptr && tag_href(at->href)) ||
                          meta_zone_in_tag_block(ev, n))) /* a "tags" block */
            offer_tag(ev, n);
        return !descend && s->near_done;
    }
    return false;
}

/* The walk over the re-parsed <noscript> markup. */
static void scan_tree(meta_evidence *ev, byline_scan *s, const dom_node *root)
{
    for (const dom_node *n = root; n;) {
        slice trimmed = n->type == DOM_TEXT ? slice_trim(n->u.text) : slice_make(NULL, 0);
        meta_node_attrs at;
        if (n->type == DOM_ELEMENT)
            meta_node_attrs_read(n, &at);
        n = step(ev, s, n, trimmed, &at, false) ? dom_next_skip(root, n) : dom_next(root, n);
    }
}

/* The markup of the page's <noscript> elements (raw text when parsed
 * with scripting on), joined.  The walk starts at the first one, which
 * the markup walk noted (most pages have none: no walk at all). */
static slice noscript_markup(meta_evidence *ev, const dom_node *root)
{
    buf b = BUF_INIT;
    for (const dom_node *n = ev->first_noscript; n && b.len < NOSCRIPT_MAX; n = dom_next(root, n))
        if (dom_is(n, TAG_NOSCRIPT) && n->first_child && n->first_child == n->last_child &&
            n->first_child->type == DOM_TEXT)
            buf_append_slice(&b, n->first_child->u.text);
    slice out = b.failed || !b.len ? slice_make(NULL, 0) : arena_slice_dup(ev->scratch, slice_make(b.data, b.len));
    buf_dispose(&b);
    return out;
}

meta_byline_scan *meta_bylines_begin(meta_evidence *ev)
{
    byline_scan *s = arena_alloc(ev->scratch, sizeof *s);
    if (!s)
        return NULL;
    memset(s, 0, sizeof *s);
    s->micro.rank = s->micro.pending = s->near.rank = s->near.pending = RANK_NEAR_HEADLINE;
    s->avatar.rank = s->avatar.pending = RANK_NEAR_HEADLINE;
    s->sign.rank = s->sign.pending = RANK_NEAR_HEADLINE;
    return s;
}

bool meta_bylines_visit(meta_evidence *ev, meta_byline_scan *s, const dom_node *n, slice trimmed,
                        const meta_node_attrs *at)
{
    return step(ev, s, n, trimmed, at, true);
}

void meta_bylines_end(meta_evidence *ev, meta_byline_scan *s, const dom_document *page)
{
    if (!s)
        return;
    /* Forum and blog software that renders with scripts serves its posts,
     * bylines included, inside <noscript>: read them there when the page
     * names nobody else. */
    if (!s->micro.count && !s->near.count && !s->avatar.count && !s->sign.count && !ev->authors.count) {
        slice markup = noscript_markup(ev, page->root);
        dom_document doc;
        html_parse_options po = { .scripting = false, .max_nodes = page->node_count * 2 + 1000 };
        if (markup.len && html_parse_document(ev->scratch, markup.ptr, markup.len, &po, &doc) == 0 && doc.root)
            scan_tree(ev, s, doc.root);
    }
    /* Microdata names the author unless a byline comes before it (a
     * forum's "thread starter" line above a highlighted reply). */
    bool micro = s->micro.count && !(s->near.count && s->near_el && s->micro_el &&
                                     s->near_el->index < s->micro_el->index &&
                                     !slice_eq(s->near.items[0], s->micro.items[0]));
    const meta_items *best = micro ? &s->micro : s->near.count ? &s->near : s->avatar.count ? &s->avatar : &s->sign;
    int rank = micro ? RANK_MICRODATA : s->near.count ? RANK_NEAR_HEADLINE : RANK_FIRST_TEXT;
    bool accept;
    meta_items_begin(&ev->byline_authors, rank, &accept);
    for (size_t i = 0; accept && i < best->count; i++)
        meta_items_add(&ev->byline_authors, best->items[i]);
}
