/* tree_foreign_names.c - the name adjustments for foreign elements (HTML
 * Standard 13.2.6.5, "The rules for parsing tokens in foreign content" and
 * 13.2.6.1's "adjust SVG attributes", "adjust MathML attributes", "adjust
 * foreign attributes").
 *
 * The tokenizer lowercases names; SVG wants some of them in camel case.
 * Each table holds the camel-case form; a lowercased name matches an entry
 * when they are equal ignoring ASCII case. */
#include <string.h>

#include "../../core/ascii.h"
#include "tree.h"

static const char *const svg_tags[] = {
    "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion",
    "animateTransform", "clipPath", "feBlend", "feColorMatrix", "feComponentTransfer",
    "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap",
    "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
    "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
    "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    "foreignObject", "glyphRef", "linearGradient", "radialGradient", "textPath",
};

static const char *const svg_attrs[] = {
    "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode",
    "clipPathUnits", "diffuseConstant", "edgeMode", "filterUnits", "glyphRef",
    "gradientTransform", "gradientUnits", "kernelMatrix", "kernelUnitLength", "keyPoints",
    "keySplines", "keyTimes", "lengthAdjust", "limitingConeAngle", "markerHeight",
    "markerUnits", "markerWidth", "maskContentUnits", "maskUnits", "numOctaves", "pathLength",
    "patternContentUnits", "patternTransform", "patternUnits", "pointsAtX", "pointsAtY",
    "pointsAtZ", "preserveAlpha", "preserveAspectRatio", "primitiveUnits", "refX", "refY",
    "repeatCount", "repeatDur", "requiredExtensions", "requiredFeatures", "specularConstant",
    "specularExponent", "spreadMethod", "startOffset", "stdDeviation", "stitchTiles",
    "surfaceScale", "systemLanguage", "tableValues", "targetX", "targetY", "textLength",
    "viewBox", "viewTarget", "xChannelSelector", "yChannelSelector", "zoomAndPan",
};

static bool has_upper(slice s)
{
    for (size_t i = 0; i < s.len; i++)
        if (ascii_is_upper((unsigned char)s.ptr[i]))
            return true;
    return false;
}

/* Finds `name` in a table of camel-case names; NULL when absent. */
static const char *find_camel(const char *const *table, size_t n, slice name)
{
    if (has_upper(name))
        return NULL; /* the tokenizer lowercased it; keep whatever this is */
    for (size_t i = 0; i < n; i++) {
        if (strlen(table[i]) == name.len && slice_eq_nocase(name, table[i]))
            return table[i];
    }
    return NULL;
}

slice html_tree_svg_tag_name(slice lower)
{
    const char *c = find_camel(svg_tags, sizeof svg_tags / sizeof *svg_tags, lower);
    return c ? slice_make(c, strlen(c)) : slice_make(NULL, 0);
}

static void adjust_foreign_attr(dom_attr *a)
{
    static const struct {
        const char *qname;
        uint8_t ns;
        uint8_t prefix_len; /* local name starts after the colon */
    } table[] = {
        { "xlink:actuate", ATTR_NS_XLINK, 6 }, { "xlink:arcrole", ATTR_NS_XLINK, 6 },
        { "xlink:href", ATTR_NS_XLINK, 6 },    { "xlink:role", ATTR_NS_XLINK, 6 },
        { "xlink:show", ATTR_NS_XLINK, 6 },    { "xlink:title", ATTR_NS_XLINK, 6 },
        { "xlink:type", ATTR_NS_XLINK, 6 },    { "xml:lang", ATTR_NS_XML, 4 },
        { "xml:space", ATTR_NS_XML, 4 },       { "xmlns", ATTR_NS_XMLNS, 0 },
        { "xmlns:xlink", ATTR_NS_XMLNS, 6 },
    };
    if (a->name.len < 5 || a->name.ptr[0] != 'x')
        return;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++) {
        if (slice_eq_cstr(a->name, table[i].qname)) {
            a->ns = table[i].ns;
            a->name.ptr += table[i].prefix_len;
            a->name.len -= table[i].prefix_len;
            return;
        }
    }
}

void html_tree_adjust_foreign_attrs(dom_node *el)
{
    for (uint32_t i = 0; i < el->u.el.attr_count; i++) {
        dom_attr *a = &el->u.el.attrs[i];
        if (el->ns == NS_SVG) {
            const char *c = find_camel(svg_attrs, sizeof svg_attrs / sizeof *svg_attrs, a->name);
            if (c) {
                a->name = slice_make(c, strlen(c));
                continue;
            }
        } else if (el->ns == NS_MATHML && slice_eq_cstr(a->name, "definitionurl")) {
            a->name = SLICE_LIT("definitionURL");
            continue;
        }
        adjust_foreign_attr(a);
    }
}
