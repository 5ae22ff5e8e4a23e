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

typedef struct camel_name {
    const char *name;
    size_t len;
} camel_name;
#define E(s) { s, sizeof(s) - 1 }

static const camel_name svg_tags[] = {
    E("altGlyph"), E("altGlyphDef"), E("altGlyphItem"), E("animateColor"), E("animateMotion"),
    E("animateTransform"), E("clipPath"), E("feBlend"), E("feColorMatrix"),
    E("feComponentTransfer"), E("feComposite"), E("feConvolveMatrix"), E("feDiffuseLighting"),
    E("feDisplacementMap"), E("feDistantLight"), E("feDropShadow"), E("feFlood"), E("feFuncA"),
    E("feFuncB"), E("feFuncG"), E("feFuncR"), E("feGaussianBlur"), E("feImage"), E("feMerge"),
    E("feMergeNode"), E("feMorphology"), E("feOffset"), E("fePointLight"),
    E("feSpecularLighting"), E("feSpotLight"), E("feTile"), E("feTurbulence"),
    E("foreignObject"), E("glyphRef"), E("linearGradient"), E("radialGradient"), E("textPath"),
};

static const camel_name svg_attrs[] = {
    E("attributeName"), E("attributeType"), E("baseFrequency"), E("baseProfile"), E("calcMode"),
    E("clipPathUnits"), E("diffuseConstant"), E("edgeMode"), E("filterUnits"), E("glyphRef"),
    E("gradientTransform"), E("gradientUnits"), E("kernelMatrix"), E("kernelUnitLength"),
    E("keyPoints"), E("keySplines"), E("keyTimes"), E("lengthAdjust"), E("limitingConeAngle"),
    E("markerHeight"), E("markerUnits"), E("markerWidth"), E("maskContentUnits"),
    E("maskUnits"), E("numOctaves"), E("pathLength"), E("patternContentUnits"),
    E("patternTransform"), E("patternUnits"), E("pointsAtX"), E("pointsAtY"), E("pointsAtZ"),
    E("preserveAlpha"), E("preserveAspectRatio"), E("primitiveUnits"), E("refX"), E("refY"),
    E("repeatCount"), E("repeatDur"), E("requiredExtensions"), E("requiredFeatures"),
    E("specularConstant"), E("specularExponent"), E("spreadMethod"), E("startOffset"),
    E("stdDeviation"), E("stitchTiles"), E("surfaceScale"), E("systemLanguage"),
    E("tableValues"), E("targetX"), E("targetY"), E("textLength"), E("viewBox"),
    E("viewTarget"), E("xChannelSelector"), E("yChannelSelector"), E("zoomAndPan"),
};

static bool has_upper(slice s)
{
    for (size_t i = 0; i < s.len; i++)
        if (ascii_is_upper((unsigned char)s.ptr[i]))
            return true;
    return false;
}

/* Finds `name` in a table of camel-case names; NULL when absent. */
static const camel_name *find_camel(const camel_name *table, size_t n, slice name)
{
    if (name.len < 4 || has_upper(name))
        return NULL; /* every entry is longer; uppercase: not from the tokenizer */
    for (size_t i = 0; i < n; i++) {
        if (table[i].len == name.len && slice_eq_nocase(name, table[i].name))
            return &table[i];
    }
    return NULL;
}

slice html_tree_svg_tag_name(slice lower)
{
    const camel_name *c = find_camel(svg_tags, sizeof svg_tags / sizeof *svg_tags, lower);
    return c ? slice_make(c->name, c->len) : slice_make(NULL, 0);
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
            const camel_name *c =
                find_camel(svg_attrs, sizeof svg_attrs / sizeof *svg_attrs, a->name);
            if (c) {
                a->name = slice_make(c->name, c->len);
                continue;
            }
        } else if (el->ns == NS_MATHML && slice_eq_cstr(a->name, "definitionurl")) {
            a->name = SLICE_LIT("definitionURL");
            continue;
        }
        adjust_foreign_attr(a);
    }
}
