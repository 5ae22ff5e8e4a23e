/* meta_title_heading.c - the text of an <h1> as a headline: without the
 * kicker line set above it, screen-reader text and permalink marks; none
 * for the site's logo. */
#include "meta_title.h"

#include "../core/ascii.h"
#include "../core/buf.h"

/* True when `href` points at a site's front page ("/", "./",
 * "https://example.com/"). */
static bool is_home_link(slice href)
{
    if (!href.ptr)
        return false; /* <a> without href */
    href = slice_trim(href);
    /* Past "scheme://host" or "//host" to the path. */
    long auth = slice_find_nocase(href, "//");
    size_t i = 0;
    if (auth >= 0 && (auth == 0 || href.ptr[auth - 1] == ':')) {
        i = (size_t)auth + 2;
        while (i < href.len && href.ptr[i] != '/')
            i++;
        if (i == href.len)
            return true;
    }
    slice path = slice_make(href.ptr + i, href.len - i);
    return slice_eq_cstr(path, "/") || slice_eq_cstr(path, "./") || slice_eq_nocase(path, "/index.html");
}

/* An <h1> whose link leads to the front page is the site's logo. */
static bool is_logo(const dom_node *h1)
{
    for (const dom_node *n = h1->first_child ? h1 : NULL; n; n = dom_next(h1, n))
        if (dom_is(n, TAG_A) && is_home_link(dom_attr_value(n, "href")))
            return true;
    return false;
}

/* Lines set above or beside the headline inside the <h1> ("Corona:
 * <span class=kicker>"), and text only screen readers get. */
static const char *const kicker_words[] = {
    "kicker", "dachzeile", "roofline", "overline", "topline", "eyebrow", "supertitle",
    "spitzmarke", "subheadline", "visually-hidden", "visuallyhidden", "element-invisible", "sr-only",
    "screen-reader", NULL,
};

/* A forum's thread prefix ("<span class="label label--blue">News</span>
 * Thread title"): the class word alone, as "label" is common inside
 * other class names. */
static bool is_prefix_tag(const dom_node *el)
{
    slice c = dom_attr_value(el, "class");
    size_t i = 0;
    while (i < c.len) {
        while (i < c.len && c.ptr[i] == ' ')
            i++;
        size_t j = i;
        while (j < c.len && c.ptr[j] != ' ')
            j++;
        slice word = slice_make(c.ptr + i, j - i);
        if (slice_eq_nocase(word, "label") || slice_eq_nocase(word, "prefix"))
            return true;
        i = j;
    }
    return false;
}

static bool is_kicker(const dom_node *el)
{
    return meta_class_has(el, kicker_words) || is_prefix_tag(el);
}

/* Elements whose text is not the headline's: kickers, buttons ("Copy
 * item path"), ruby readings (<rt>, <rp>), code, and what the page hides
 * (`hidden`: a bookmark tooltip). */
static bool is_left_out(const dom_node *el)
{
    return is_kicker(el) || dom_is(el, TAG_BUTTON) || dom_is(el, TAG_RT) || dom_is(el, TAG_RP) ||
           dom_is(el, TAG_SCRIPT) || dom_is(el, TAG_STYLE) || dom_attr_find(el, "hidden");
}

/* The <h1>'s text without kicker lines and the like; the whole text when
 * that would leave nothing. */
static slice heading_text(arena *a, const dom_node *h1)
{
    bool skip = false;
    for (const dom_node *n = h1->first_child; n && !skip; n = dom_next(h1, n))
        skip = n->type == DOM_ELEMENT && is_left_out(n);
    if (!skip)
        return meta_node_text(a, h1, 2000);
    buf b = BUF_INIT;
    for (const dom_node *n = h1->first_child; n && b.len < 2000;) {
        if (n->type == DOM_ELEMENT && is_left_out(n)) {
            n = dom_next_skip(h1, n);
            continue;
        }
        if (n->type == DOM_TEXT)
            buf_append_slice(&b, n->u.text);
        else if (n->type == DOM_ELEMENT && !dom_is(n, TAG_RUBY) && !dom_is(n, TAG_RB))
            buf_putc(&b, ' '); /* ruby annotates a word within a line */
        n = dom_next(h1, n);
    }
    slice out = b.failed ? slice_make(NULL, 0) : meta_clean_text(a, slice_make(b.data ? b.data : "", b.len));
    buf_dispose(&b);
    /* The punctuation that joined the kicker goes with it ("Kicker: "). */
    while (out.len && (out.ptr[0] == ':' || out.ptr[0] == '|' || out.ptr[0] == '-' || out.ptr[0] == ' '))
        out.ptr++, out.len--;
    return out.len ? out : meta_node_text(a, h1, 2000);
}

slice meta_title_heading_text(arena *a, const dom_node *h1)
{
    if (is_logo(h1))
        return slice_make(NULL, 0);
    return meta_title_clean_heading(heading_text(a, h1));
}

/* Length of the UTF-8 punctuation at s[i] (U+2010..U+205E: dashes,
 * quotes, bullets; U+00A0..U+00BF: no-break space, middle dot, guillemets),
 * or 0. */
static size_t punct_at(slice s, size_t i)
{
    unsigned c = (unsigned char)s.ptr[i];
    if (c == 0xE2 && i + 2 < s.len && ((unsigned char)s.ptr[i + 1] == 0x80 || (unsigned char)s.ptr[i + 1] == 0x81))
        return 3;
    if (c == 0xC2 && i + 1 < s.len && (unsigned char)s.ptr[i + 1] >= 0xA0)
        return 2;
    return 0;
}

/* Next comparable byte of `s` from `*i` (letters and digits lowercased,
 * punctuation skipped), or 0 at the end; `*gap` gets where the skipped
 * run began, `*sep` whether it held a separator or other mark (quotes
 * aside) and `*space` whether it held a space. */
static unsigned key_from(slice s, size_t *i, size_t *gap, bool *sep, bool *space)
{
    *gap = *i;
    *sep = *space = false;
    while (*i < s.len) {
        size_t n = punct_at(s, *i);
        if (n) {
            *sep = *sep || n == 3 || (unsigned char)s.ptr[*i + 1] == 0xB7 || (unsigned char)s.ptr[*i + 1] == 0xBB;
            *i += n;
            continue;
        }
        unsigned c = (unsigned char)s.ptr[(*i)++];
        if (ascii_is_alnum(c) || c >= 0x80)
            return ascii_lower(c);
        /* Any mark but a quote opening the headline counts for the
         * <h1> ("not. Defining" is one sentence running on). */
        *sep = *sep || (!ascii_is_space(c) && c != '"' && c != '\'');
        *space = *space || ascii_is_space(c);
    }
    return 0;
}

slice meta_title_unglue_kicker(slice h, slice title)
{
    size_t i = 0, j = 0, hg, tg, cut = 0;
    bool hs, ts, hsp, tsp;
    for (;;) {
        unsigned x = key_from(h, &i, &hg, &hs, &hsp);
        unsigned y = key_from(title, &j, &tg, &ts, &tsp);
        /* A title shortened after the kicker and the headline's first
         * words ("Kicker - Headline") still shows the kicker's place. */
        if (!y && x && cut)
            break;
        if (x != y)
            return slice_make(NULL, 0);
        if (!x)
            break;
        /* The first place where the title separates two parts and the
         * <h1> has only a space or nothing: it sets the kicker as a line
         * of its own.  A separator stands apart ("Spider-Man" is one
         * name). */
        if (!cut && ts && tsp && !hs && hg > 0)
            cut = hg;
    }
    if (!cut)
        return slice_make(NULL, 0);
    slice kicker = slice_make(h.ptr, cut);
    slice rest = slice_trim(slice_make(h.ptr + cut, h.len - cut));
    /* A headline of its own after a shorter kicker. */
    if (meta_title_words(rest) < 3 || meta_title_words(kicker) > meta_title_words(rest))
        return slice_make(NULL, 0);
    return rest;
}
