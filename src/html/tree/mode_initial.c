/* mode_initial.c - the "initial" and "before html" insertion modes (HTML
 * Standard 13.2.6.4.1-2): the DOCTYPE and the quirks mode it implies. */
#include <string.h>

#include "tree.h"

/* Public identifiers that start with one of these put the document in
 * quirks mode (compared ignoring ASCII case). */
static const char *const quirks_prefixes[] = {
    "+//Silmaril//dtd html Pro v0r11 19970101//",
    "-//AS//DTD HTML 3.0 asWedit + extensions//",
    "-//AdvaSoft Ltd//DTD HTML 3.0 asWedit + extensions//",
    "-//IETF//DTD HTML 2.0 Level 1//",
    "-//IETF//DTD HTML 2.0 Level 2//",
    "-//IETF//DTD HTML 2.0 Strict Level 1//",
    "-//IETF//DTD HTML 2.0 Strict Level 2//",
    "-//IETF//DTD HTML 2.0 Strict//",
    "-//IETF//DTD HTML 2.0//",
    "-//IETF//DTD HTML 2.1E//",
    "-//IETF//DTD HTML 3.0//",
    "-//IETF//DTD HTML 3.2 Final//",
    "-//IETF//DTD HTML 3.2//",
    "-//IETF//DTD HTML 3//",
    "-//IETF//DTD HTML Level 0//",
    "-//IETF//DTD HTML Level 1//",
    "-//IETF//DTD HTML Level 2//",
    "-//IETF//DTD HTML Level 3//",
    "-//IETF//DTD HTML Strict Level 0//",
    "-//IETF//DTD HTML Strict Level 1//",
    "-//IETF//DTD HTML Strict Level 2//",
    "-//IETF//DTD HTML Strict Level 3//",
    "-//IETF//DTD HTML Strict//",
    "-//IETF//DTD HTML//",
    "-//Metrius//DTD Metrius Presentational//",
    "-//Microsoft//DTD Internet Explorer 2.0 HTML Strict//",
    "-//Microsoft//DTD Internet Explorer 2.0 HTML//",
    "-//Microsoft//DTD Internet Explorer 2.0 Tables//",
    "-//Microsoft//DTD Internet Explorer 3.0 HTML Strict//",
    "-//Microsoft//DTD Internet Explorer 3.0 HTML//",
    "-//Microsoft//DTD Internet Explorer 3.0 Tables//",
    "-//Netscape Comm. Corp.//DTD HTML//",
    "-//Netscape Comm. Corp.//DTD Strict HTML//",
    "-//O'Reilly and Associates//DTD HTML 2.0//",
    "-//O'Reilly and Associates//DTD HTML Extended 1.0//",
    "-//O'Reilly and Associates//DTD HTML Extended Relaxed 1.0//",
    "-//SQ//DTD HTML 2.0 HoTMetaL + extensions//",
    "-//SoftQuad Software//DTD HoTMetaL PRO 6.0::19990601::extensions to HTML 4.0//",
    "-//SoftQuad//DTD HoTMetaL PRO 4.0::19971010::extensions to HTML 4.0//",
    "-//Spyglass//DTD HTML 2.0 Extended//",
    "-//Sun Microsystems Corp.//DTD HotJava HTML//",
    "-//Sun Microsystems Corp.//DTD HotJava Strict HTML//",
    "-//W3C//DTD HTML 3 1995-03-24//",
    "-//W3C//DTD HTML 3.2 Draft//",
    "-//W3C//DTD HTML 3.2 Final//",
    "-//W3C//DTD HTML 3.2//",
    "-//W3C//DTD HTML 3.2S Draft//",
    "-//W3C//DTD HTML 4.0 Frameset//",
    "-//W3C//DTD HTML 4.0 Transitional//",
    "-//W3C//DTD HTML Experimental 19960712//",
    "-//W3C//DTD HTML Experimental 970421//",
    "-//W3C//DTD W3 HTML//",
    "-//W3O//DTD W3 HTML 3.0//",
    "-//WebTechs//DTD Mozilla HTML 2.0//",
    "-//WebTechs//DTD Mozilla HTML//",
};

static dom_quirks doctype_quirks(const html_token *tk)
{
    if (tk->force_quirks || !tk->has_name || !slice_eq_cstr(tk->name, "html"))
        return DOM_QUIRKS;
    slice pub = tk->has_public_id ? tk->public_id : SLICE_EMPTY;
    slice sys = tk->system_id;
    if (tk->has_public_id) {
        if (slice_eq_nocase(pub, "-//W3O//DTD W3 HTML Strict 3.0//EN//") ||
            slice_eq_nocase(pub, "-/W3C/DTD HTML 4.0 Transitional/EN") ||
            slice_eq_nocase(pub, "HTML"))
            return DOM_QUIRKS;
        for (size_t i = 0; i < sizeof quirks_prefixes / sizeof *quirks_prefixes; i++)
            if (slice_starts_with_nocase(pub, quirks_prefixes[i]))
                return DOM_QUIRKS;
    }
    if (tk->has_system_id &&
        slice_eq_nocase(sys, "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd"))
        return DOM_QUIRKS;
    if (tk->has_public_id) {
        bool html401 = slice_starts_with_nocase(pub, "-//W3C//DTD HTML 4.01 Frameset//") ||
                       slice_starts_with_nocase(pub, "-//W3C//DTD HTML 4.01 Transitional//");
        if (html401 && !tk->has_system_id)
            return DOM_QUIRKS;
        if (slice_starts_with_nocase(pub, "-//W3C//DTD XHTML 1.0 Frameset//") ||
            slice_starts_with_nocase(pub, "-//W3C//DTD XHTML 1.0 Transitional//"))
            return DOM_LIMITED_QUIRKS;
        if (html401)
            return DOM_LIMITED_QUIRKS;
    }
    return DOM_NO_QUIRKS;
}

static void insert_doctype(html_tree *t, const html_token *tk)
{
    bool ok = tk->has_name && slice_eq_cstr(tk->name, "html") && !tk->has_public_id &&
              (!tk->has_system_id || slice_eq_cstr(tk->system_id, "about:legacy-compat"));
    if (!ok)
        html_tree_error(t);
    dom_node *n = dom_new_node(t->doc, DOM_DOCTYPE);
    dom_doctype *dt = arena_calloc(t->a, 1, sizeof *dt);
    if (!n || !dt) {
        html_tree_fail(t);
        return;
    }
    dt->name = tk->has_name ? html_tree_keep(t, tk->name) : SLICE_EMPTY;
    dt->has_public_id = tk->has_public_id;
    dt->has_system_id = tk->has_system_id;
    dt->public_id = tk->has_public_id ? html_tree_keep(t, tk->public_id) : SLICE_EMPTY;
    dt->system_id = tk->has_system_id ? html_tree_keep(t, tk->system_id) : SLICE_EMPTY;
    n->u.doctype = dt;
    dom_append(t->doc->root, n);
    t->doc->quirks = (uint8_t)doctype_quirks(tk);
}

bool html_tree_mode_initial(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_CHARACTER: {
        size_t n = html_tree_space_prefix(tk->data);
        tk->data.ptr += n;
        tk->data.len -= n;
        if (!tk->data.len)
            return false;
        break;
    }
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, t->doc->root);
        return false;
    case TOKEN_DOCTYPE:
        insert_doctype(t, tk);
        t->mode = MODE_BEFORE_HTML;
        return false;
    default:
        break;
    }
    html_tree_error(t);
    t->doc->quirks = DOM_QUIRKS;
    t->mode = MODE_BEFORE_HTML;
    return true;
}

static bool create_html(html_tree *t, const html_token *tk)
{
    dom_node *html;
    if (tk)
        html = html_tree_create_element(t, tk, NS_HTML);
    else
        html = dom_new_element(t->doc, NS_HTML, TAG_HTML, SLICE_LIT("html"));
    if (!html) {
        html_tree_fail(t);
        return false;
    }
    dom_append(t->doc->root, html);
    html_tree_push(t, html);
    t->mode = MODE_BEFORE_HEAD;
    return true;
}

bool html_tree_mode_before_html(html_tree *t, html_token *tk)
{
    switch (tk->type) {
    case TOKEN_DOCTYPE:
        html_tree_error(t);
        return false;
    case TOKEN_COMMENT:
        html_tree_insert_comment(t, tk, t->doc->root);
        return false;
    case TOKEN_CHARACTER: {
        size_t n = html_tree_space_prefix(tk->data);
        tk->data.ptr += n;
        tk->data.len -= n;
        if (!tk->data.len)
            return false;
        break;
    }
    case TOKEN_START_TAG:
        if (tk->tag == TAG_HTML) {
            create_html(t, tk);
            return false;
        }
        break;
    case TOKEN_END_TAG:
        if (tk->tag != TAG_HEAD && tk->tag != TAG_BODY && tk->tag != TAG_HTML &&
            tk->tag != TAG_BR) {
            html_tree_error(t);
            return false;
        }
        break;
    default:
        break;
    }
    create_html(t, NULL);
    return true;
}
