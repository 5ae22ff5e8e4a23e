/* ext_clean.c - what an element says about itself: hidden or never
 * content (scripts, form controls), boilerplate by tag, ARIA role or
 * class/id words (navigation, share bars, ads, cookie banners...), the
 * comment section, or the article body.
 *
 * class and id values are cut into words at every non-alphanumeric byte
 * ("post-footer" -> post, footer).  Short words must match exactly ("ad"
 * must not hit "header"); long ones may start a word ("sharebuttons").
 * These are hints only: ext_select.c ignores a boilerplate mark on an
 * element that holds most of the page's prose. */
#include "ext_internal.h"

#include "../core/ascii.h"

/* '=' prefix: exact word; otherwise the word may start with it. */
static const char *const boiler_words[] = {
    "=nav", "navbar", "navigation", "=menu", "menubar", "breadcrumb", "=crumbs", "=share",
    "sharing", "sharebar", "social", "related", "recommend", "newsletter", "subscri", "signup",
    "=cookie", "cookies", "cookiebanner", "consent", "=gdpr", "=ad", "=ads", "adslot", "adunit",
    "advert", "adsense", "adsbygoogle", "sponsor", "=promo", "promos", "promotion", "popup", "=modal",
    "footer", "sidebar", "=widget", "widgets", "=tags", "tagcloud", "=tag", "pagination", "=pager",
    "toolbar", "masthead", "=skip", "skiplink", "=print", "=login", "=search", "searchform",
    "=topbar", "trending", "=popular", "mostread", "outbrain", "taboola", "=byline", "=author",
    "authorbox", "=bio", "=meta", "postmeta", "entrymeta", "=dateline", "=disclaimer", "=banner",
    "copyright", "=legal", "=rating", "=rss", "=follow", "=more", "readmore", "=next",
    "=prev", "=previous", "=jump", "=sticky", "=alert", "=notice", "=cta",
    "=donate", "=subnav", "=utility", "=util", "=categories", "=category", "=hashtags",
    "=actions", "=icons", "=icon", "=buttons", "=btn", "=button", NULL,
};
static const char *const comment_words[] = {
    "comment", "=disqus", "=respond", "=replies", "=reply", NULL,
};
static const char *const positive_words[] = {
    "=article", "articlebody", "=content", "=entry", "=post", "postbody", "postcontent",
    "=story", "storybody", "=body", "=text", "=main", "maincontent", "=prose", "richtext",
    "=blog", "entrycontent", "=markdown", NULL,
};
/* Whole class names (not words) that hide an element on every screen. */
static const char *const hidden_classes[] = {
    "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden", "is-hidden",
    "u-hidden", "screen-reader-text", "screen-reader-only", "invisible", "offscreen",
    "element-invisible", "a11y-hidden", NULL,
};

static bool has_class(slice cls, const char *const *names)
{
    size_t i = 0;
    while (i < cls.len) {
        while (i < cls.len && ascii_is_space((unsigned char)cls.ptr[i]))
            i++;
        size_t st = i;
        while (i < cls.len && !ascii_is_space((unsigned char)cls.ptr[i]))
            i++;
        slice w = slice_make(cls.ptr + st, i - st);
        for (size_t k = 0; w.len && names[k]; k++)
            if (slice_eq_nocase(w, names[k]))
                return true;
    }
    return false;
}

static bool word_hits(const char *w, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++) {
        const char *e = list[i];
        bool exact = e[0] == '=';
        if (exact)
            e++;
        if (e[0] != w[0])
            continue; /* cheap first test: most words hit nothing */
        size_t en = strlen(e);
        if (exact ? (n == en && memcmp(w, e, n) == 0) : (n >= en && memcmp(w, e, n < en ? n : en) == 0))
            return true;
    }
    return false;
}

/* Calls back for every word of a class/id value; true when a word hits. */
static bool value_hits(slice v, const char *const *list)
{
    char w[48];
    size_t n = 0;
    for (size_t i = 0; i <= v.len; i++) {
        unsigned c = i < v.len ? (unsigned char)v.ptr[i] : ' ';
        if (ascii_is_alnum(c)) {
            if (n < sizeof w)
                w[n] = (char)ascii_lower(c);
            n++;
            continue;
        }
        /* "commentary" names an opinion piece, not reader comments. */
        bool genre = list == comment_words && n >= 9 && memcmp(w, "commentar", 9) == 0;
        if (n && n <= sizeof w && !genre && word_hits(w, n, list))
            return true;
        n = 0;
    }
    return false;
}

bool ext_attr_has_word(const dom_node *el, const char *const *words)
{
    return value_hits(dom_attr_value(el, "class"), words) || value_hits(dom_attr_value(el, "id"), words);
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
    if (tag_never_content(c, el) || dom_attr_find(el, "hidden")) {
        in->flags |= EXT_DROP;
        return;
    }
    slice ah = dom_attr_value(el, "aria-hidden");
    if (ah.ptr && slice_eq_nocase(slice_trim(ah), "true")) {
        in->flags |= EXT_DROP;
        return;
    }
    slice st = dom_attr_value(el, "style");
    if (st.len && style_hides(st)) {
        in->flags |= EXT_DROP;
        return;
    }
    if (el->tag == TAG_BODY || el->tag == TAG_HTML)
        return;
    slice cls = dom_attr_value(el, "class"), id = dom_attr_value(el, "id");
    if (cls.len && has_class(cls, hidden_classes)) {
        in->flags |= EXT_DROP;
        return;
    }

    static const char *const boiler_roles[] = { "navigation", "banner", "contentinfo",
                                                "complementary", "search", "menu", "menubar",
                                                "dialog", "alertdialog", "toolbar", NULL };
    static const char *const main_roles[] = { "main", "article", NULL };
    slice role = dom_attr_value(el, "role");
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
    slice ip = dom_attr_value(el, "itemprop");
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
    bool self_declared = el->tag == TAG_ARTICLE || el->tag == TAG_MAIN ||
                         has_class(cls, (const char *const[]){ "hentry", "h-entry", "type-post", NULL });
    if (value_hits(cls, comment_words) || value_hits(id, comment_words))
        in->flags |= EXT_COMMENTS;
    else if (!self_declared && (value_hits(cls, boiler_words) || value_hits(id, boiler_words)))
        in->flags |= EXT_BOILER;
    else if (value_hits(cls, positive_words) || value_hits(id, positive_words))
        in->flags |= EXT_POSITIVE;
}
