/* ext_clean.c - what an element says about itself: hidden or never
 * content (scripts, form controls), boilerplate by tag, ARIA role or
 * class/id words (navigation, share bars, ads, cookie banners...), the
 * comment section, or the article body.
 *
 * The class/id word lists and how a value is cut into words are in
 * ext_words.c.  These are hints only: ext_select.c ignores a boilerplate
 * mark on an element that holds most of the page's prose. */
#include "ext_internal.h"

#include "../core/ascii.h"

/* The attributes ext_clean_mark reads, found in one pass over the
 * element's attributes (the first of each name, as dom_attr_find). */
typedef struct clean_attrs {
    bool hidden;
    slice aria_hidden, style, cls, id, role, itemprop;
} clean_attrs;

static bool name_is(const dom_attr *a, const char *name, size_t n)
{
    return a->name.len == n && memcmp(a->name.ptr, name, n) == 0;
}

static void read_attrs(const dom_node *el, clean_attrs *at)
{
    *at = (clean_attrs){ .hidden = false };
    for (uint32_t i = 0; i < el->u.el.attr_count; i++) {
        const dom_attr *a = &el->u.el.attrs[i];
        if (a->ns != ATTR_NS_NONE)
            continue;
        slice *to = NULL;
        if (name_is(a, "class", 5))
            to = &at->cls;
        else if (name_is(a, "id", 2))
            to = &at->id;
        else if (name_is(a, "style", 5))
            to = &at->style;
        else if (name_is(a, "role", 4))
            to = &at->role;
        else if (name_is(a, "itemprop", 8))
            to = &at->itemprop;
        else if (name_is(a, "aria-hidden", 11))
            to = &at->aria_hidden;
        else if (name_is(a, "hidden", 6))
            at->hidden = true;
        if (to && !to->ptr)
            *to = a->value;
    }
}

static bool style_hides(slice st)
{
    /* "display:none" or "visibility:hidden", spaces allowed around ':' */
    char buf[256];
    size_t n = 0;
    for (size_t i = 0; i < st.len && n < sizeof buf - 1; i++) {
        unsigned c = (unsigned char)st.ptr[i];
        if (!ascii_is_space(c))
            buf[n++] = (char)ascii_lower(c);
    }
    buf[n] = '\0';
    return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}

static bool tag_never_content(const ext_ctx *c, const dom_node *el)
{
    if (el->ns != NS_HTML)
        return true; /* svg, math */
    switch (el->tag) {
    case TAG_NOSCRIPT:
        return !c->keep_noscript;
    case TAG_SCRIPT: case TAG_STYLE: case TAG_TEMPLATE: case TAG_HEAD:
    case TAG_TITLE: case TAG_META: case TAG_LINK: case TAG_IFRAME: case TAG_OBJECT:
    case TAG_EMBED: case TAG_CANVAS: case TAG_BUTTON: case TAG_SELECT: case TAG_OPTION:
    case TAG_INPUT: case TAG_TEXTAREA: case TAG_DATALIST: case TAG_MAP: case TAG_AUDIO:
    case TAG_VIDEO: case TAG_SOURCE: case TAG_TRACK: case TAG_PARAM: case TAG_DIALOG:
    case TAG_NOFRAMES: case TAG_NOEMBED: case TAG_FRAMESET: case TAG_BASE: case TAG_SVG:
    case TAG_MATH: case TAG_APPLET: case TAG_OPTGROUP: case TAG_KEYGEN: case TAG_MENUITEM:
        return true;
    default:
        return false;
    }
}

static bool role_is(slice r, const char *const *roles)
{
    for (size_t i = 0; roles[i]; i++)
        if (slice_eq_nocase(slice_trim(r), roles[i]))
            return true;
    return false;
}

void ext_clean_mark(ext_ctx *c, dom_node *el)
{
    ext_info *in = ext_inf(c, el);
    if (tag_never_content(c, el)) {
        in->flags |= EXT_DROP;
        return;
    }
    clean_attrs at;
    read_attrs(el, &at);
    if (at.hidden) {
        in->flags |= EXT_DROP;
        return;
    }
    if (at.aria_hidden.ptr && slice_eq_nocase(slice_trim(at.aria_hidden), "true")) {
        in->flags |= EXT_DROP;
        return;
    }
    if (at.style.len && style_hides(at.style)) {
        in->flags |= EXT_DROP;
        return;
    }
    if (el->tag == TAG_BODY || el->tag == TAG_HTML)
        return;
    slice cls = at.cls, id = at.id;
    uint32_t names = cls.len ? ext_words_of(c, cls, id, EXT_WORDS_OF_NAMES) : 0;
    if (names & EXT_WORD_HIDDEN) {
        in->flags |= EXT_DROP;
        return;
    }

    static const char *const boiler_roles[] = { "navigation", "banner", "contentinfo",
                                                "complementary", "search", "menu", "menubar",
                                                "dialog", "alertdialog", "toolbar", NULL };
    static const char *const main_roles[] = { "main", "article", NULL };
    slice role = at.role;
    if (role.len) {
        if (role_is(role, boiler_roles))
            in->flags |= EXT_BOILER | EXT_STRUCT_BOILER;
        else if (role_is(role, main_roles))
            in->flags |= EXT_POSITIVE;
    }
    switch (el->tag) {
    case TAG_NAV: case TAG_ASIDE: case TAG_FOOTER: case TAG_HEADER:
        in->flags |= EXT_BOILER | EXT_STRUCT_BOILER;
        break;
    case TAG_ARTICLE: case TAG_MAIN:
        in->flags |= EXT_POSITIVE;
        break;
    case TAG_FORM: /* labels and hints; a page-wide ASP.NET form is protected */
        in->flags |= EXT_FORM;
        break;
    default:
        break;
    }
    slice ip = at.itemprop;
    if (ip.len && (slice_eq_nocase(ip, "articleBody") || slice_eq_nocase(ip, "text") ||
                   slice_eq_nocase(ip, "description") || slice_eq_nocase(ip, "reviewBody")))
        in->flags |= EXT_POSITIVE;
    /* The author's box (photo, name, bio) or byline. */
    else if (ip.len && slice_eq_nocase(ip, "author") && el->tag != TAG_ARTICLE && el->tag != TAG_MAIN)
        in->flags |= EXT_BOILER;
    if (!cls.len && !id.len)
        return;
    /* <article class="post tag-news category-world"> (WordPress): the
     * element says what it is; its taxonomy classes are not hints. */
    bool self_declared = el->tag == TAG_ARTICLE || el->tag == TAG_MAIN || (names & EXT_WORD_ENTRY);
    uint32_t words = ext_words_of(c, cls, id, EXT_WORD_COMMENT | EXT_WORD_BOILER | EXT_WORD_POSITIVE);
    if (words & EXT_WORD_COMMENT)
        in->flags |= EXT_COMMENTS;
    else if (!self_declared && (words & EXT_WORD_BOILER))
        in->flags |= EXT_BOILER;
    else if (words & EXT_WORD_POSITIVE)
        in->flags |= EXT_POSITIVE;
}
